"""Response objects handed to users: raw responses (headers + deferred parse) and binary bodies.

The async classes are written by hand; their sync twins at the end of the file are written from
them by ``scripts/unasync.py`` (``make lint`` checks they agree). The one real difference, that
``BinaryResponse.content`` reads the body while a property of ``AsyncBinaryResponse`` cannot, is
in the two small ``_*BinaryContent`` classes.

``BinaryResponse`` keeps the HTTP response open and streams it, so ``write_to_file`` and
``iter_bytes`` use constant memory whatever the body size; ``.content`` reads it all. Every read
path closes the connection when done; use ``with`` to close it early. ``write_to_file`` never
leaves a partial file, and a response dropped unread gives its connection back (``_leaks``).

This module must not decide how a body is parsed: the resource layer passes the parser.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar

import httpx

from venice._core._deadline import sent_unencoded
from venice._errors._from_http import reading
from venice._results._downloads import check_complete, partial_file
from venice._results._leaks import release_when_dropped
from venice._results._media_types import media_type

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncBinaryResponse",
    "AsyncResponseContextManager",
    "BinaryResponse",
    "ResponseContextManager",
]

# Covariant: a response is only read from, so `APIResponse[ChatCompletion]` is an
# `APIResponse[ChatCompletion | Stream[...]]` (what a `stream: bool` call may give).
_R = TypeVar("_R", covariant=True)
_T = TypeVar("_T", covariant=True)

_CHUNK = 64 * 1024


class _Headers:
    """Header conveniences shared by every response type (case-insensitive ``httpx.Headers``)."""

    http_response: httpx.Response

    @property
    def headers(self) -> httpx.Headers:
        """Response headers, case-insensitive: ``headers["x-balance-remaining"]``."""
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def content_type(self) -> str | None:
        """The media type without parameters, e.g. ``"audio/mpeg"``; ``None`` without one."""
        return media_type(self.http_response) or None

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get("x-request-id") or self.http_response.headers.get(
            "cf-ray"
        )
        return value

    @property
    def balance_remaining(self) -> str | None:
        """``X-Balance-Remaining`` (x402 USDC credits left), as sent."""
        value: str | None = self.http_response.headers.get("x-balance-remaining")
        return value

    @property
    def rate_limits(self) -> dict[str, str]:
        """Every ``x-ratelimit-*`` header, keyed by its lower-cased name."""
        return {k: v for k, v in self.http_response.headers.items() if k.startswith("x-ratelimit-")}


class _Readable(Protocol):
    def read(self) -> bytes: ...


class _BinaryContent:
    """``BinaryResponse.content``: reads the body, as a property of a sync class may."""

    @property
    def content(self: _Readable) -> bytes:
        """The whole body in memory, read now if it was not yet (prefer ``write_to_file`` /
        ``iter_bytes`` for large media)."""
        return self.read()


class _AsyncBinaryContent:
    """``AsyncBinaryResponse.content``: a property cannot ``await``, so it needs ``read()`` first."""

    http_response: httpx.Response

    @property
    def content(self) -> bytes:
        """The body, after ``await read()`` (raises ``BodyConsumedError`` before)."""
        with reading(self.http_response, streaming=False):
            return self.http_response.content


# ---- async source: scripts/unasync.py writes the sync code at the end of the file from it


class AsyncAPIResponse(_Headers, Generic[_R]):
    """A raw response (``with_raw_response``, ``with_streaming_response``): status and headers
    now, the typed result on ``await .parse()``, or the body itself (``await read()``,
    ``await text()``, ``await json()``; ``async for`` over ``iter_bytes()``, ``iter_text()``,
    ``iter_lines()``)."""

    def __init__(
        self, http_response: httpx.Response, parse: Callable[[httpx.Response], Awaitable[_R]]
    ) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[_R] = []
        # Dropped unread (a stream or media never parsed), it releases its connection; once parsed,
        # what ``parse`` returned owns the connection.
        self._release = release_when_dropped(self, http_response, is_async=True)

    async def parse(self) -> _R:
        """The value the method returns without ``with_raw_response`` (computed once)."""
        if not self._parsed:
            self._parsed.append(await self._parse(self.http_response))
            self._release.detach()
        return self._parsed[0]

    async def read(self) -> bytes:
        """The whole body (read now if it was not yet)."""
        with reading(self.http_response):
            return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        with reading(self.http_response):
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        with reading(self.http_response):
            async for text in self.http_response.aiter_text(chunk_size):
                yield text

    async def iter_lines(self) -> AsyncIterator[str]:
        with reading(self.http_response):
            async for line in self.http_response.aiter_lines():
                yield line

    async def close(self) -> None:
        await self.http_response.aclose()

    def __repr__(self) -> str:
        return f"<AsyncAPIResponse [{self.status_code}] {self.content_type}>"


class AsyncResponseContextManager(Generic[_T]):
    """``async with client.x.with_streaming_response.y(...) as response``: sends on entry, closes
    on exit; the body is read only when asked."""

    def __init__(self, send: Callable[[], Awaitable[_T]]) -> None:
        self._send = send
        self._response: _T | None = None

    async def __aenter__(self) -> _T:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.http_response.aclose()  # type: ignore[attr-defined]


class AsyncBinaryResponse(_AsyncBinaryContent, _Headers):
    """A binary body (audio, image, video), streamed from the open HTTP response.

    Read it (``await write_to_file()``, ``async for`` over ``iter_bytes()``, ``await read()``,
    ``content``) or close it (``async with``): one dropped unread is closed when collected, with a
    ``ResourceWarning``, like an unclosed file.
    """

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response
        release_when_dropped(self, http_response, is_async=True)

    async def read(self) -> bytes:
        """Read the whole body into memory and close the response."""
        try:
            with reading(self.http_response):
                content = await self.http_response.aread()
            check_complete(self.http_response)
            return content
        finally:
            await self.http_response.aclose()

    def iter_bytes(self, chunk_size: int | None = _CHUNK) -> AsyncIterator[bytes]:
        """Yield the body in chunks (decoded ``Content-Encoding``); closes the response at the end."""
        return self._checked(self.http_response.aiter_bytes(chunk_size))

    async def _checked(self, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        """``chunks`` of the body, then the check that all of it came; closes the response."""
        try:
            with reading(self.http_response):
                async for chunk in chunks:
                    yield chunk
            check_complete(self.http_response)
        finally:
            await self.http_response.aclose()

    async def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Stream the body into ``file`` in constant memory. The body goes to a new file beside it,
        renamed over ``file`` only once it all arrived (matching ``Content-Length``): on failure
        ``file`` is left as it was. (Each chunk is written to the file with a plain blocking write.)"""
        response = self.http_response
        # Chunks as they arrive (no ``chunk_size``): re-cutting them into 64 KiB pieces copied every
        # byte once more, often, on loopback (bench/write_speed.py). A body sent
        # unencoded (the API's media) and not yet in memory is written as the transport gives it.
        as_sent = sent_unencoded(response)
        length = response.headers.get("content-length", "")
        try:
            with partial_file(file, int(length) if as_sent and length.isdigit() else None) as out:
                async for chunk in self._checked(response.aiter_raw() if as_sent else response.aiter_bytes()):
                    out.write(chunk)
        finally:
            await self.close()  # also when the file could not be created

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncBinaryResponse {self.content_type}>"


# ---- sync code written by scripts/unasync.py from the async source above: do not edit


class APIResponse(_Headers, Generic[_R]):
    """A raw response (``with_raw_response``, ``with_streaming_response``): status and headers
    now, the typed result on ``.parse()``, or the body itself (``read()``,
    ``text()``, ``json()``; ``for`` over ``iter_bytes()``, ``iter_text()``,
    ``iter_lines()``)."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], _R]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[_R] = []
        # Dropped unread (a stream or media never parsed), it releases its connection; once parsed,
        # what ``parse`` returned owns the connection.
        self._release = release_when_dropped(self, http_response, is_async=False)

    def parse(self) -> _R:
        """The value the method returns without ``with_raw_response`` (computed once)."""
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
            self._release.detach()
        return self._parsed[0]

    def read(self) -> bytes:
        """The whole body (read now if it was not yet)."""
        with reading(self.http_response):
            return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        with reading(self.http_response):
            yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        with reading(self.http_response):
            yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        with reading(self.http_response):
            yield from self.http_response.iter_lines()

    def close(self) -> None:
        self.http_response.close()

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.content_type}>"


class ResponseContextManager(Generic[_T]):
    """``with client.x.with_streaming_response.y(...) as response``: sends on entry, closes
    on exit; the body is read only when asked."""

    def __init__(self, send: Callable[[], _T]) -> None:
        self._send = send
        self._response: _T | None = None

    def __enter__(self) -> _T:
        self._response = self._send()
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.http_response.close()  # type: ignore[attr-defined]


class BinaryResponse(_BinaryContent, _Headers):
    """A binary body (audio, image, video), streamed from the open HTTP response.

    Read it (``write_to_file()``, ``for`` over ``iter_bytes()``, ``read()``,
    ``content``) or close it (``with``): one dropped unread is closed when collected, with a
    ``ResourceWarning``, like an unclosed file.
    """

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response
        release_when_dropped(self, http_response, is_async=False)

    def read(self) -> bytes:
        """Read the whole body into memory and close the response."""
        try:
            with reading(self.http_response):
                content = self.http_response.read()
            check_complete(self.http_response)
            return content
        finally:
            self.http_response.close()

    def iter_bytes(self, chunk_size: int | None = _CHUNK) -> Iterator[bytes]:
        """Yield the body in chunks (decoded ``Content-Encoding``); closes the response at the end."""
        return self._checked(self.http_response.iter_bytes(chunk_size))

    def _checked(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        """``chunks`` of the body, then the check that all of it came; closes the response."""
        try:
            with reading(self.http_response):
                yield from chunks
            check_complete(self.http_response)
        finally:
            self.http_response.close()

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Stream the body into ``file`` in constant memory. The body goes to a new file beside it,
        renamed over ``file`` only once it all arrived (matching ``Content-Length``): on failure
        ``file`` is left as it was. (Each chunk is written to the file with a plain blocking write.)"""
        response = self.http_response
        # Chunks as they arrive (no ``chunk_size``): re-cutting them into 64 KiB pieces copied every
        # byte once more, often, on loopback (bench/write_speed.py). A body sent
        # unencoded (the API's media) and not yet in memory is written as the transport gives it.
        as_sent = sent_unencoded(response)
        length = response.headers.get("content-length", "")
        try:
            with partial_file(file, int(length) if as_sent and length.isdigit() else None) as out:
                for chunk in self._checked(response.iter_raw() if as_sent else response.iter_bytes()):
                    out.write(chunk)
        finally:
            self.close()  # also when the file could not be created

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<BinaryResponse {self.content_type}>"
