"""How a request meets the transport: directly, for the HTTP clients this package builds.

``httpx.Client.send`` runs per request what the clients this package builds never use: the auth
flow, event hooks, the cookie jar, redirect handling, and ``build_request``'s merge of the request
with the client's defaults: a large share of a call's time on loopback (``bench/peers.py``,
docs/measures.md). So for a client made
here (the default client, and those of ``venice.http_clients``), the engine builds the
``httpx.Request`` itself, with the client's default headers, and hands it to the client's transport.
Any other ``http_client=`` goes through its own ``send()``: its hooks, auth, cookies, mounts,
proxies and redirect policy apply exactly as its owner configured them.

What the direct route does not do, on the clients it serves: keep cookies the server sets (the API
needs none), and time the whole exchange (``response.elapsed`` is the time until the headers
arrived). Redirects are followed as ``send()`` follows them (httpx builds each next request, up to
the client's ``max_redirects``). A client that routes by URL (proxies from the environment,
mounts), or one given auth or event hooks, is served by ``send()``; the route is chosen when the
Venice client is created.
"""

from __future__ import annotations

import datetime
import functools
import time
import weakref
from collections.abc import Mapping, MutableMapping
from typing import Any, TypeVar

import httpx

from venice._core._json import dumps_compact

__all__ = ["DirectRoute", "built_here", "direct_route"]

_Client = TypeVar("_Client", httpx.Client, httpx.AsyncClient)
_BUILT_HERE: weakref.WeakSet[httpx.Client | httpx.AsyncClient] = weakref.WeakSet()
_NO_TIMEOUT = httpx.Timeout(None)
# httpx.URL is immutable: a URL the client sends to again (an operation's path) is parsed once.
_parsed_url = functools.lru_cache(maxsize=1024)(httpx.URL)
_SENDS_LENGTH = frozenset({"POST", "PUT", "PATCH"})  # httpx sends ``Content-Length: 0`` for these
BODY_HEADERS = ("content-length", "transfer-encoding", "content-type")  # the ones httpx adds unless given


def built_here(client: _Client) -> _Client:
    """Mark ``client`` as made by this package: its requests may take the direct route."""
    _BUILT_HERE.add(client)
    return client


class DirectRoute:
    """A package-built client's transport, and the defaults its ``build_request`` would merge. (A
    plain slotted class: no dataclass code is built at ``import venice``.)"""

    __slots__ = ("client", "follow_redirects", "headers", "transport")

    def __init__(
        self,
        client: Any,  # httpx.Client | httpx.AsyncClient
        transport: Any,  # httpx.BaseTransport | httpx.AsyncBaseTransport
        headers: Mapping[str, str],
        follow_redirects: bool,
    ) -> None:
        self.client = client
        self.transport = transport
        self.headers = headers
        self.follow_redirects = follow_redirects

    def headers_for(self, url: httpx.URL, own: Mapping[str, str]) -> httpx.Headers:
        """The headers every request to ``url``'s host starts from, in the order ``send()`` would
        put them: ``Host``, this client's defaults, then ``own`` (the Venice client's), which
        replace a default of the same name in any case. Built once per Venice client."""
        headers = httpx.Headers({"Host": url.netloc.decode("ascii")})
        headers.update(self.headers)
        for name, value in own.items():
            headers[name] = value
        return headers

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: MutableMapping[str, str],
        params: Mapping[str, Any] | None,
        json: Any,
        files: Any,
        data: Any,
        content: Any,
        timeout: httpx.Timeout | None,
        extensions: Mapping[str, Any],
        body_headers: frozenset[str] | None = None,
    ) -> httpx.Request:
        """The request ``client.build_request`` would build for the complete ``headers``
        (``headers_for``'s and the call's), without its merge machinery. A JSON, bytes or empty
        body is encoded here and handed to httpx as a ready ``stream=`` with its length and type,
        which spares httpx's encoding and header preparation (each header normalised twice);
        forms and files are left to httpx's encoders. ``body_headers``: which of ``BODY_HEADERS``
        ``headers`` holds, when the caller knows (else they are looked for)."""
        target = _parsed_url(url)
        if params is not None:
            target = target.copy_merge_params(params)
        extensions = {**extensions, "timeout": (timeout or _NO_TIMEOUT).as_dict()}
        body = _encoded_body(json, content) if files is None and not data else None
        if body is None:
            return httpx.Request(
                method, target, headers=headers, json=json, files=files, data=data,
                content=content, extensions=extensions,
            )  # fmt: skip
        return _ready_request(method, target, headers, body, extensions, body_headers)

    def follow(
        self, request: httpx.Request, response: httpx.Response, started: float, hops: int
    ) -> httpx.Request | None:
        """Record on ``response`` what ``send()`` would (its request, the time to its headers);
        return the request that follows it when the client follows redirects and it is one
        (``TooManyRedirects`` past the client's ``max_redirects``, as ``send()``), else None."""
        response.request = request
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        if not (self.follow_redirects and response.has_redirect_location):
            return None
        if hops >= self.client.max_redirects:
            raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
        follow: httpx.Request = self.client._build_redirect_request(request, response)
        return follow


_Body = tuple[bytes, str | None]  # the bytes, and the Content-Type httpx gives them


def _encoded_body(json: Any, content: Any) -> _Body | None:
    """The body httpx would send for ``json=`` or ``content=`` bytes (or no body), or None for
    content httpx must encode itself (text, iterators)."""
    if content is not None:
        return (content, None) if isinstance(content, bytes) else None
    if json is not None:  # exactly httpx's encode_json
        text = dumps_compact(json)
        return text.encode("utf-8"), "application/json"
    return b"", None


def _ready_request(
    method: str,
    url: httpx.URL,
    headers: MutableMapping[str, str],
    encoded: _Body,
    extensions: dict[str, Any],
    given: frozenset[str] | None,
) -> httpx.Request:
    """``httpx.Request(method, url, headers=headers, json=/content=...)`` for an encoded body:
    the body's length and type are added unless given (``given``: those of ``BODY_HEADERS`` that
    ``headers`` holds, None to look), as httpx adds them."""
    if given is None:
        given = frozenset(name for name in BODY_HEADERS if name in headers)
    body, content_type = encoded
    if (body or method in _SENDS_LENGTH) and not ("content-length" in given or "transfer-encoding" in given):
        headers["Content-Length"] = str(len(body))
    if content_type is not None and "content-type" not in given:
        headers["Content-Type"] = content_type
    request = httpx.Request(
        method, url, headers=headers, stream=httpx.ByteStream(body), extensions=extensions
    )
    request._content = body  # what ``request.read()`` keeps for a body httpx holds whole
    return request


def direct_route(client: httpx.Client | httpx.AsyncClient) -> DirectRoute | None:
    """The direct route for ``client``, or None when its requests must go through ``send()``."""
    if client not in _BUILT_HERE:
        return None
    # httpx keeps these as private attributes (httpx is pinned below 1.0 and no longer released).
    if client._mounts or client.auth is not None or any(client.event_hooks.values()):
        return None
    return DirectRoute(client, client._transport, dict(client.headers), client.follow_redirects)
