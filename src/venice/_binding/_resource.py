"""Base classes of the resource namespaces and the three result modes: what every method runs.

The methods themselves are generated (``venice_api.resources``, by ``scripts/pipeline/bindings.py``):
each is a literal ``def`` whose body is one call, ``self._call("<operationId>", {argument: value})``.
``_call`` does the rest for any operation, from the operation table: check the arguments and build
the request (``_operations.build_request``), send it through the client's retrying ``_send``, and
pick the result by content type. ``_wait`` is the polling helper the naming config points at. This
module knows no operation.

A namespace class has a mode (its class attribute ``_mode``; the generator writes one class per
namespace and mode, so type checkers follow it):

* ``Parsed`` (the default): the typed result (a model, ``Stream``, ``BinaryResponse``, text);
* ``Raw`` (``.with_raw_response``): ``APIResponse[T]``, headers now, ``.parse()`` gives ``T``;
* ``Streamed`` (``.with_streaming_response``): a context manager of ``APIResponse[T]`` whose body
  is not read until asked (``iter_bytes``, ``iter_lines``, ``parse``), closed on exit.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator, Mapping
from typing import Any, ClassVar, Generic, TypeVar

import httpx

from venice._binding._operations import (
    Operation,
    body_kind,
    build_request,
    operation,
    parse_json,
    resolve_model,
)
from venice._binding._polling import apoll, poll
from venice._core._base_client import AsyncAPIClient, SyncAPIClient
from venice._core._deadline import aread_whole, read_whole
from venice._core._request import PreparedRequest
from venice._errors._from_http import reading
from venice._results._decode import decode_success_body
from venice._results._models import BaseModel, converter, event_factory, wrap_unknown
from venice._results._response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncBinaryResponse,
    AsyncResponseContextManager,
    BinaryResponse,
    ResponseContextManager,
)
from venice._results._streaming import AsyncStream, Stream

__all__ = ["AsyncAPIResource", "Parsed", "Raw", "Streamed", "SyncAPIResource"]

_C = TypeVar("_C", SyncAPIClient, AsyncAPIClient)
_T = TypeVar("_T")


class Parsed:
    """Mode of a namespace whose methods return the typed result."""


class Raw:
    """Mode of a namespace whose methods return ``APIResponse`` (``.with_raw_response``)."""


class Streamed:
    """Mode of a namespace whose methods return a context manager of an unread response."""


class _Resource(Generic[_C]):
    _mode: ClassVar[type] = Parsed
    _poll: Callable[..., Any]  # _polling.poll or apoll: the same policy, blocking or async
    _call: Callable[[str, Mapping[str, Any]], Any]  # the I/O of one call, blocking or async (below)
    _parse: Callable[[Operation, httpx.Response], Any]  # an answer -> the result (or its coroutine)

    def __init__(self, client: _C) -> None:
        self._client: _C = client

    def _wait(
        self,
        operation_id: str,
        arguments: Mapping[str, Any],
        *,
        job: str,
        poll_interval: float,
        max_wait: float | None,
        on_progress: Callable[[Any], object] | None,
    ) -> Any:
        """Call ``operation_id`` until it answers with the job's media (``_polling``); a coroutine
        in an async namespace. A helper is generated on the parsed namespace only."""
        return self._poll(
            lambda: self._call(operation_id, arguments),
            job=job,
            poll_interval=poll_interval,
            max_wait=max_wait,
            on_progress=on_progress,
            sleep=self._client._sleep,
        )


@functools.cache  # once per operation: every stream of it parses events the same way
def _item_parser(op: Operation) -> tuple[Callable[[Any], Any], bool]:
    stream = op.stream_item()
    kind, end = stream if stream is not None else (None, None)
    convert = converter(kind, resolve_model)
    if convert is None:
        return wrap_unknown, end is not None
    if isinstance(kind, str):  # one model per event: the fast path for every SSE chunk
        return event_factory(resolve_model(kind)), end is not None
    root = BaseModel()  # the stream itself: events sit at the top of their JSON path
    return (lambda value: convert(value, root, "")), end is not None


def _read_whole(response: httpx.Response) -> bool:
    """JSON and text bodies are read inside the client's retry loop; SSE and binary stream."""
    return body_kind(response) in ("json", "text")


def _taken(response: httpx.Response) -> bool:
    """Whether ``response``'s body was read to its end already (in the retry loop, the usual
    case): nothing is left to read or close."""
    return response.is_closed and hasattr(response, "_content")


class _Calls(_Resource[SyncAPIClient]):
    """What a blocking namespace does differently, by hand: ``_call`` returns the result itself (or
    the raw response, or the context manager of an unread one). The rest of ``SyncAPIResource`` is
    written by ``scripts/unasync.py`` from ``AsyncAPIResource``."""

    def _call(self, operation_id: str, arguments: Mapping[str, Any]) -> Any:
        """The result of operation ``operation_id`` called with ``arguments`` (keyword -> value,
        ``NOT_GIVEN`` for an argument left out), in this namespace's mode."""
        op = operation(operation_id)
        prepared = build_request(op, arguments, siwx=self._client._siwx_string())
        if self._mode is Streamed:
            return ResponseContextManager(
                lambda: APIResponse(
                    self._client._send(prepared, stream=True), functools.partial(self._parse, op)
                )
            )
        # JSON and text bodies are read inside the retry loop (a reset mid-body is retried).
        response = self._client._send(prepared, stream=True, read_body=_read_whole)
        if self._mode is Raw:
            return APIResponse(response, functools.partial(self._parse, op))
        return self._parse(op, response)

    _poll = staticmethod(poll)


class _AwaitableResponseContext(AsyncResponseContextManager[_T]):
    """The async streaming mode's context manager, also awaitable: awaiting it sends and gives the
    unread response. A generated async method's streaming mode runs its parsed coroutine function
    inside a context manager of its own (``_modes.async_to_streamed``), and that function awaits
    what ``_call`` returns."""

    def __await__(self) -> Generator[Any, None, _T]:
        return self._send().__await__()


class _AsyncCalls(_Resource[AsyncAPIClient]):
    """What an async namespace does differently, by hand (see ``_Calls``): ``_call`` returns a
    coroutine of the result, or the async context manager of an unread response."""

    def _call(self, operation_id: str, arguments: Mapping[str, Any]) -> Any:
        """A coroutine of the result (parsed and raw modes), or the async context manager of an
        unread response (streaming-response mode, which ``async with`` enters directly)."""
        op = operation(operation_id)
        prepared = build_request(op, arguments, siwx=self._client._siwx_string())

        if self._mode is Parsed:  # the common case: no raw response object, no finalizer
            return self._parsed(op, prepared)
        streamed = self._mode is Streamed

        async def send() -> AsyncAPIResponse[Any]:
            # The streaming-response mode leaves the body unread; the raw mode reads JSON and text
            # bodies inside the retry loop (a reset mid-body is retried).
            read_body = None if streamed else _read_whole
            response = await self._client._send(prepared, stream=True, read_body=read_body)
            return AsyncAPIResponse(response, functools.partial(self._parse, op))

        return _AwaitableResponseContext(send) if streamed else send()

    _poll = staticmethod(apoll)  # on_progress may also be an async callable

    async def _parsed(self, op: Operation, prepared: PreparedRequest) -> Any:
        response = await self._client._send(prepared, stream=True, read_body=_read_whole)
        return await self._parse(op, response)


# ---- async source: scripts/unasync.py writes the sync code at the end of the file from it


async def _aread(response: httpx.Response) -> None:
    if _taken(response):
        return
    try:
        with reading(response):
            await aread_whole(response)
    finally:
        await response.aclose()


class AsyncAPIResource(_AsyncCalls):
    """A namespace: its methods run ``_call``, and ``_parse`` makes an answer the result."""

    @staticmethod
    async def _parse(op: Operation, response: httpx.Response) -> Any:
        kind = body_kind(response)
        if kind == "sse":
            parse, expect_done = _item_parser(op)
            return AsyncStream(response, parse, expect_done=expect_done)
        if kind == "binary":
            return AsyncBinaryResponse(response)
        await _aread(response)
        return (
            parse_json(op, response) if kind == "json" else decode_success_body(response, expect_json=False)
        )


# ---- sync code written by scripts/unasync.py from the async source above: do not edit


def _read(response: httpx.Response) -> None:
    if _taken(response):
        return
    try:
        with reading(response):
            read_whole(response)
    finally:
        response.close()


class SyncAPIResource(_Calls):
    """A namespace: its methods run ``_call``, and ``_parse`` makes an answer the result."""

    @staticmethod
    def _parse(op: Operation, response: httpx.Response) -> Any:
        kind = body_kind(response)
        if kind == "sse":
            parse, expect_done = _item_parser(op)
            return Stream(response, parse, expect_done=expect_done)
        if kind == "binary":
            return BinaryResponse(response)
        _read(response)
        return (
            parse_json(op, response) if kind == "json" else decode_success_body(response, expect_json=False)
        )
