"""Every exception the package raises (``_exceptions``: the class tree and the status table),
Venice's documented error codes (``_venice_codes``), reading an error body (``_bodies``), where HTTP
answers and httpx exceptions become ``venice`` exceptions (``_from_http``), and the words for what
went wrong on the wire (``_wire_failure``)."""
