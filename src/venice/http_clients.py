"""Ready-made ``http_client=`` values and transports for ``Venice`` / ``AsyncVenice``.

``PoolTransport`` / ``AsyncPoolTransport`` are the default transports (httpx over httpcore2's pool),
for building your own ``httpx.Client`` with other limits, e.g.
``httpx.AsyncClient(transport=AsyncPoolTransport(limits=httpx.Limits(max_connections=500)))``.

``aiohttp_client()`` is an ``httpx.AsyncClient`` whose transport is aiohttp (this package's own
adapter, ``venice._transports._aiohttp``), for heavy async use: measured in ``bench/peers.py``
(docs/measures.md). It needs the ``aiohttp`` extra (``pip install 'venice-bindings[aiohttp]'``);
the default client needs nothing extra. Not imported by ``import venice``.

```python
from venice import AsyncVenice
from venice.http_clients import aiohttp_client

client = AsyncVenice(http_client=aiohttp_client())
```
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from venice._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT
from venice._transports._dispatch import built_here
from venice._transports._pool import (
    AsyncPoolTransport,
    PoolTransport,
    default_async_http_client,
    default_http_client,
)

__all__ = [
    "AsyncPoolTransport",
    "PoolTransport",
    "aiohttp_client",
    "default_async_http_client",
    "default_http_client",
]


def aiohttp_client(
    *, limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS, verify: bool | ssl.SSLContext = True, **options: Any
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` sending through aiohttp (``venice._transports._aiohttp.AiohttpTransport``):
    ``limits`` and ``verify`` go to the transport, the other ``options`` to ``httpx.AsyncClient``
    (defaults: the client's timeout, redirects followed)."""
    try:
        from venice._transports._aiohttp import AiohttpTransport
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError("aiohttp_client() needs aiohttp: pip install 'venice-bindings[aiohttp]'") from exc
    options.setdefault("timeout", DEFAULT_TIMEOUT)
    options.setdefault("follow_redirects", True)
    client = httpx.AsyncClient(transport=AiohttpTransport(limits=limits, verify=verify), **options)
    return built_here(client)
