"""Base classes of the resource namespaces: send an operation, hand back its typed result.

``_call`` builds the request with ``_operations.build_request`` (pure), sends it through the
client's retrying ``_send``, and picks the result by content type: a typed view for JSON,
``Stream`` for SSE, ``BinaryResponse`` for media, ``str`` for text. ``with_raw_response`` returns
the same namespace in raw mode, whose methods return ``APIResponse`` (headers first, ``.parse()``).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._base_client import HTTPX_ERRORS, map_transport_error
from ._decode import decode_success_body
from ._operations import OperationInfo, body_kind, build_request, model_class, parse_json
from ._registry import OPERATIONS, STREAM_ITEMS, STREAMS_END_WITH_DONE, endpoint_module
from ._response import APIResponse, AsyncAPIResponse, AsyncBinaryResponse, BinaryResponse
from ._streaming import AsyncStream, Stream
from ._views import view_factory, wrap_unknown

if TYPE_CHECKING:
    from ._client import AsyncVenice, Venice  # noqa: F401 - used in string annotations

_Self = TypeVar("_Self", bound="_Resource[Any]")
_C = TypeVar("_C")


@functools.cache
def operation(operation_id: str) -> OperationInfo:
    """The introspected generated operation (imports its endpoint module on first use)."""
    return OperationInfo(operation_id, OPERATIONS[operation_id], endpoint_module(operation_id))


def _item_parser(operation_id: str) -> Callable[[Any], Any]:
    name = STREAM_ITEMS.get(operation_id)
    if name is None:
        return wrap_unknown
    return view_factory(model_class(name))


def _read_whole(response: httpx.Response) -> bool:
    """JSON and text bodies are read inside the client's retry loop; SSE and binary stream."""
    return body_kind(response) in ("json", "text")


class _Resource(Generic[_C]):
    _raw = False

    def __init__(self, client: _C) -> None:
        self._client = client

    @property
    def with_raw_response(self: _Self) -> _Self:
        """This namespace with methods returning ``APIResponse`` (headers, ``.parse()``) instead."""
        raw = copy.copy(self)
        raw._raw = True
        raw.__dict__.pop("_subresources", None)
        return raw

    def _sub(self, cls: type[_Self]) -> _Self:
        resource = cls(self._client)
        resource._raw = self._raw
        return resource


class SyncAPIResource(_Resource["Venice"]):
    """A namespace of blocking methods."""

    def _call(self, operation_id: str, arguments: Mapping[str, Any]) -> Any:
        info = operation(operation_id)
        options = build_request(info, arguments, siwx=self._client._siwx_string())
        response = self._client._send(options, stream=True, read_body=_read_whole)

        def parse() -> Any:
            return self._parse(operation_id, info, response)

        return APIResponse(response, parse) if self._raw else parse()

    @staticmethod
    def _parse(operation_id: str, info: OperationInfo, response: httpx.Response) -> Any:
        kind = body_kind(response)
        if kind == "sse":
            return Stream(
                response, _item_parser(operation_id), expect_done=operation_id in STREAMS_END_WITH_DONE
            )
        if kind == "binary":
            return BinaryResponse(response)
        try:
            response.read()
        except HTTPX_ERRORS as exc:
            raise map_transport_error(exc, response.request, streaming=True) from exc
        finally:
            response.close()
        return (
            parse_json(info, response) if kind == "json" else decode_success_body(response, expect_json=False)
        )


class AsyncAPIResource(_Resource["AsyncVenice"]):
    """A namespace of ``async`` methods."""

    async def _call(self, operation_id: str, arguments: Mapping[str, Any]) -> Any:
        info = operation(operation_id)
        options = build_request(info, arguments, siwx=self._client._siwx_string())
        response = await self._client._send(options, stream=True, read_body=_read_whole)

        async def parse() -> Any:
            return await self._parse(operation_id, info, response)

        return AsyncAPIResponse(response, parse) if self._raw else await parse()

    @staticmethod
    async def _parse(operation_id: str, info: OperationInfo, response: httpx.Response) -> Any:
        kind = body_kind(response)
        if kind == "sse":
            return AsyncStream(
                response, _item_parser(operation_id), expect_done=operation_id in STREAMS_END_WITH_DONE
            )
        if kind == "binary":
            return AsyncBinaryResponse(response)
        try:
            await response.aread()
        except HTTPX_ERRORS as exc:
            raise map_transport_error(exc, response.request, streaming=True) from exc
        finally:
            await response.aclose()
        return (
            parse_json(info, response) if kind == "json" else decode_success_body(response, expect_json=False)
        )
