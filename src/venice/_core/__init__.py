"""The request lifecycle: the clients' base (configuration, building requests, the retry loop),
call deadlines and body caps, the shared timer wheel, credentials, the failure guard, and the
per-call JSON codec. No generated code, no resources: the generated layer reaches it through
``venice._binding``."""
