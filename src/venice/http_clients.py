"""Ready-made ``http_client=`` values and transports for ``Venice`` / ``AsyncVenice``.

``PoolTransport`` / ``AsyncPoolTransport`` are the default transports (httpx over httpcore2's pool),
for building your own ``httpx.Client`` with other limits, e.g.
``httpx.AsyncClient(transport=AsyncPoolTransport(limits=httpx.Limits(max_connections=500)))``.

``aiohttp_client()`` is an ``httpx.AsyncClient`` whose transport is aiohttp (``httpx-aiohttp``, the
same package openai-python offers for this), for heavy async use: measured in ``bench/throughput.py``
and the README. It needs the ``aiohttp`` extra (``pip install 'venice-bindings[aiohttp]'``); the default
client needs nothing extra. Not imported by ``import venice``.

```python
from venice import AsyncVenice
from venice.http_clients import aiohttp_client

client = AsyncVenice(http_client=aiohttp_client())
```
"""

from __future__ import annotations

from typing import Any

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT
from ._dispatch import built_here
from ._transport import AsyncPoolTransport, PoolTransport, default_async_http_client, default_http_client

__all__ = [
    "AsyncPoolTransport",
    "PoolTransport",
    "aiohttp_client",
    "default_async_http_client",
    "default_http_client",
]


def aiohttp_client(**options: Any) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` sending through aiohttp; ``options`` go to ``httpx.AsyncClient``
    (defaults: the client's connection limits and timeout, redirects followed)."""
    try:
        from httpx_aiohttp import HttpxAiohttpClient
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError(
            "aiohttp_client() needs httpx-aiohttp: pip install 'venice-bindings[aiohttp]'"
        ) from exc
    options.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    options.setdefault("timeout", DEFAULT_TIMEOUT)
    options.setdefault("follow_redirects", True)
    client: httpx.AsyncClient = HttpxAiohttpClient(**options)
    return built_here(client)
