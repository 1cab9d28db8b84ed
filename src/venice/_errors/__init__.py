"""Every exception the package raises (``_exceptions``) and the words for what went wrong on the
wire (``_wire_failure``)."""
