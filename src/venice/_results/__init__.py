"""What a call gives back: raw responses and binary bodies (``_response``), server-sent event
streams (``_streaming``), the runtime of the generated response models (``_models``), decoding a
successful body (``_decode``), writing a download to a file (``_downloads``), and releasing a
dropped response's connection (``_leaks``)."""
