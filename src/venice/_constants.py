"""Defaults of the client, in one place. Pure constants: no imports of the rest of the package."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://api.venice.ai/api/v1"
API_KEY_ENV = "VENICE_API_KEY"
BASE_URL_ENV = "VENICE_BASE_URL"

# Inference (video, large images, reasoning models) can take minutes; connecting must not, and
# neither may waiting for a free connection of the pool (a full pool is a leak or an overload:
# saying so soon beats waiting the whole read timeout).
DEFAULT_POOL_TIMEOUT = 30.0
DEFAULT_TIMEOUT = httpx.Timeout(timeout=600.0, connect=5.0, pool=DEFAULT_POOL_TIMEOUT)
# httpx's timeouts bound each socket operation; these bound the call (``venice.Timeout``): the whole
# of it, retries and the body (a stream, a download) included, and the wait for an SSE event.
DEFAULT_TOTAL_TIMEOUT = 900.0
DEFAULT_STREAM_IDLE_TIMEOUT = 300.0
# Caps on what a hostile or broken server can make the client hold in memory: a body read whole
# (JSON, text, an error body; streamed downloads are not capped) and one SSE line or event.
MAX_RESPONSE_SIZE = 100 * 1024 * 1024
MAX_EVENT_SIZE = 16 * 1024 * 1024
DEFAULT_MAX_RETRIES = 2
# At most 100 connections, all kept alive. bench/throughput.py (docs/measures.md): at 256 in flight,
# 100 connections serve more requests per second than 1000 (the client spends less on sockets and
# queues the rest in the pool), and no fewer at 1 or 64; keeping every one alive costs nothing on
# loopback and saves reconnects (TLS handshakes) against Venice.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)

# Exponential backoff: INITIAL_RETRY_DELAY * 2**retries_taken, capped at MAX_RETRY_DELAY,
# then reduced by a random factor of up to RETRY_JITTER (so 0.5 s becomes 0.375..0.5 s).
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_JITTER = 0.25
# A server-advised wait (retry-after-ms, retry-after, x-ratelimit-reset-requests) up to this is
# slept; a longer one is not: the error is raised at once with its retry_after (client option
# max_retry_after).
MAX_RETRY_AFTER = 60.0

# Venice locks a key out after more than 20 failed requests within 30 s (rate-limit docs); the
# failure guard stops sending after this many consecutive failures of one status within the window.
MAX_CONSECUTIVE_FAILURES = 20
FAILURE_WINDOW = 30.0

RETRY_STATUS_CODES = frozenset({408, 409, 429})  # plus every status >= 500

SIWX_HEADER = "SIGN-IN-WITH-X"
