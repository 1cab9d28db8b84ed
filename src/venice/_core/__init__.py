"""The request lifecycle: the clients' base (configuration, building requests, the retry loop,
``_base_client``), the request the binding engine hands it (``_request``), the retry policy and the
rate-limit headers it reads (``_retry_policy``, ``_rate_limit_headers``), call deadlines and body
caps (``_deadline``), the shared timer wheel (``_timer_wheel``), credentials, the failure guard,
and the per-call JSON codec. No generated code, no resources: the generated layer reaches it through
``venice._binding``."""
