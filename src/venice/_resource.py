"""Base classes of the resource namespaces, the ``endpoint`` declaration, and the three result modes.

A resource method is a declaration: its name, its arguments (``**params: Unpack[<Op>Params]``,
path parameters positional) and its result type. ``@endpoint("<operationId>")`` supplies the rest
from the operation table the pipeline writes: the implementation (``_call``: build the request,
send it through the client's retrying ``_send``, pick the result by content type), the
``__signature__`` every argument shows in ``inspect``/``help`` (with defaults) and the docstring
with each argument's description from the spec.

A namespace has a mode, which is also its type parameter, so type checkers follow it:

* ``Parsed`` (the default): the typed result (a model, ``Stream``, ``BinaryResponse``, text);
* ``Raw`` (``.with_raw_response``): ``APIResponse[T]``, headers now, ``.parse()`` gives ``T``;
* ``Streamed`` (``.with_streaming_response``): a context manager of ``APIResponse[T]`` whose body
  is not read until asked (``iter_bytes``, ``iter_lines``, ``parse``), closed on exit.
"""

from __future__ import annotations

import copy
import functools
import inspect
import types
import typing
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import httpx

from ._base_client import PreparedRequest, reading
from ._decode import decode_success_body
from ._models import BaseModel, converter, event_factory, wrap_unknown
from ._operations import Operation, body_kind, build_request, operation, parse_json, resolve_model
from ._response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncBinaryResponse,
    AsyncResponseContextManager,
    BinaryResponse,
    ResponseContextManager,
)
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._client import AsyncVenice, Venice  # noqa: F401 - used in string annotations

__all__ = [
    "AsyncAPIResource",
    "M",
    "Parsed",
    "Raw",
    "Streamed",
    "SyncAPIResource",
    "async_describe",
    "async_endpoint",
    "describe",
    "endpoint",
]

P = ParamSpec("P")
R = TypeVar("R")
_C = TypeVar("_C")
_Self = TypeVar("_Self", bound="_Resource[Any, Any]")


class Parsed:
    """Mode of a namespace whose methods return the typed result."""


class Raw:
    """Mode of a namespace whose methods return ``APIResponse`` (``.with_raw_response``)."""


class Streamed:
    """Mode of a namespace whose methods return a context manager of an unread response."""


M = TypeVar("M", Parsed, Raw, Streamed)


class _Resource(Generic[_C, M]):
    _mode: type = Parsed

    def __init__(self, client: _C) -> None:
        self._client = client

    def _as(self, mode: type) -> Any:
        """This namespace in another mode (the same client)."""
        other = copy.copy(self)
        other._mode = mode
        return other

    def _sub(self, cls: type[_Self]) -> Any:
        """A nested namespace in this namespace's mode."""
        resource = cls(self._client)
        resource._mode = self._mode
        return resource


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


class SyncAPIResource(_Resource["Venice", M]):
    """A namespace of blocking methods."""

    def _call(self, operation_id: str, arguments: Mapping[str, Any]) -> Any:
        op = operation(operation_id)
        options = build_request(op, arguments, siwx=self._client._siwx_string())
        if self._mode is Streamed:
            return ResponseContextManager(
                lambda: APIResponse(
                    self._client._send(options, stream=True), functools.partial(self._parse, op)
                )
            )
        # JSON and text bodies are read inside the retry loop (a reset mid-body is retried).
        response = self._client._send(options, stream=True, read_body=_read_whole)
        if self._mode is Raw:
            return APIResponse(response, functools.partial(self._parse, op))
        return self._parse(op, response)

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


def _read_whole(response: httpx.Response) -> bool:
    """JSON and text bodies are read inside the client's retry loop; SSE and binary stream."""
    return body_kind(response) in ("json", "text")


def _read(response: httpx.Response) -> None:
    try:
        with reading(response):
            response.read()
    finally:
        response.close()


async def _aread(response: httpx.Response) -> None:
    try:
        with reading(response):
            await response.aread()
    finally:
        await response.aclose()


class AsyncAPIResource(_Resource["AsyncVenice", M]):
    """A namespace of ``async`` methods."""

    def _call(self, operation_id: str, arguments: Mapping[str, Any]) -> Any:
        """A coroutine of the result (parsed and raw modes), or the async context manager of an
        unread response (streaming-response mode, which ``async with`` enters directly)."""
        op = operation(operation_id)
        options = build_request(op, arguments, siwx=self._client._siwx_string())

        if self._mode is Parsed:  # the common case: no raw response object, no finalizer
            return self._parsed(op, options)
        streamed = self._mode is Streamed

        async def send() -> AsyncAPIResponse[Any]:
            # The streaming-response mode leaves the body unread; the raw mode reads JSON and text
            # bodies inside the retry loop (a reset mid-body is retried).
            read_body = None if streamed else _read_whole
            response = await self._client._send(options, stream=True, read_body=read_body)
            return AsyncAPIResponse(response, functools.partial(self._parse, op))

        return AsyncResponseContextManager(send) if streamed else send()

    async def _parsed(self, op: Operation, options: PreparedRequest) -> Any:
        response = await self._client._send(options, stream=True, read_body=_read_whole)
        return await self._parse(op, response)

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


# ----------------------------------------------------------------------------------------------
# Declarations: @endpoint / @async_endpoint, typed by mode
# ----------------------------------------------------------------------------------------------


class Endpoint(Generic[P, R]):
    """What a blocking ``@endpoint`` method is to a type checker: its result type follows the
    namespace's mode. (At run time the decorator returns a plain function.)"""

    @overload
    def __get__(self, obj: None, owner: Any) -> Endpoint[P, R]: ...
    @overload
    def __get__(self, obj: SyncAPIResource[Parsed], owner: Any) -> Callable[P, R]: ...
    @overload
    def __get__(self, obj: SyncAPIResource[Raw], owner: Any) -> Callable[P, APIResponse[R]]: ...
    @overload
    def __get__(
        self, obj: SyncAPIResource[Streamed], owner: Any
    ) -> Callable[P, ResponseContextManager[APIResponse[R]]]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        raise NotImplementedError  # never called: the runtime object is a function


class AsyncEndpoint(Generic[P, R]):
    """The ``async`` twin of ``Endpoint``."""

    @overload
    def __get__(self, obj: None, owner: Any) -> AsyncEndpoint[P, R]: ...
    @overload
    def __get__(self, obj: AsyncAPIResource[Parsed], owner: Any) -> Callable[P, Awaitable[R]]: ...
    @overload
    def __get__(
        self, obj: AsyncAPIResource[Raw], owner: Any
    ) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]: ...
    @overload
    def __get__(
        self, obj: AsyncAPIResource[Streamed], owner: Any
    ) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        raise NotImplementedError  # never called: the runtime object is a function


def endpoint(operation_id: str) -> Callable[[Callable[Concatenate[Any, P], R]], Endpoint[P, R]]:
    """Declare a blocking method of operation ``operation_id``: the decorated ``def`` gives its
    name, arguments and result type (its body is never run)."""

    def bind(declared: Callable[..., Any]) -> Any:
        def method(self: SyncAPIResource[Any], *args: Any, **kwargs: Any) -> Any:
            return self._call(operation_id, _arguments(operation_id, declared, args, kwargs))

        return describe(operation_id)(functools.update_wrapper(method, declared))

    return bind


def async_endpoint(
    operation_id: str,
) -> Callable[[Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]], AsyncEndpoint[P, R]]:
    """Declare an ``async`` method of operation ``operation_id`` (see ``endpoint``)."""

    def bind(declared: Callable[..., Any]) -> Any:
        def method(self: AsyncAPIResource[Any], *args: Any, **kwargs: Any) -> Any:
            return self._call(operation_id, _arguments(operation_id, declared, args, kwargs))

        return async_describe(operation_id)(functools.update_wrapper(method, declared))

    return bind


class _AsyncMethod:
    """An ``async`` namespace's method: a coroutine function in the parsed and raw modes, a plain
    function returning the async context manager in the streaming-response mode (``async with``
    enters it without ``await``). ``call`` returns whichever ``_call`` gives."""

    def __init__(self, call: Callable[..., Any]) -> None:
        async def coroutine(self: Any, *args: Any, **kwargs: Any) -> Any:
            return await call(self, *args, **kwargs)

        self._plain = call
        self._coroutine: Callable[..., Any] = functools.update_wrapper(coroutine, call)
        self._coroutine.__signature__ = call.__signature__  # type: ignore[attr-defined]

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self._coroutine
        return types.MethodType(self._plain if obj._mode is Streamed else self._coroutine, obj)


def _arguments(
    operation_id: str, declared: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> dict[str, Any]:
    """Keyword arguments with the positional path parameters named."""
    if not args:
        return kwargs
    names = operation(operation_id).path_params
    if len(args) > len(names):
        raise TypeError(
            f"{declared.__qualname__}() takes {len(names)} positional argument(s) but {len(args)} were given"
        )
    named = dict(zip(names, args, strict=False))
    clash = named.keys() & kwargs.keys()
    if clash:
        raise TypeError(f"{declared.__qualname__}() got multiple values for argument {sorted(clash)[0]!r}")
    return {**named, **kwargs}


_F = TypeVar("_F", bound=Callable[..., Any])


def describe(operation_id: str) -> Callable[[_F], _F]:
    """Give a method of ``operation_id`` the signature and docstring the operation table states
    (for hand-written methods such as the ``stream`` overloads' implementation)."""

    def apply(function: _F) -> _F:
        op = operation(operation_id)
        function.__signature__ = _signature(op, function)  # type: ignore[attr-defined]
        function.__doc__ = _docstring(op)
        function.__venice_operation__ = operation_id  # type: ignore[attr-defined]
        return function

    return apply


def async_describe(operation_id: str) -> Callable[[_F], _F]:
    """``describe`` for an ``async`` namespace: the method awaits in the parsed and raw modes."""

    def apply(function: _F) -> _F:
        return _AsyncMethod(describe(operation_id)(function))  # type: ignore[return-value]

    return apply


def _signature(op: Operation, function: Callable[..., Any]) -> inspect.Signature:
    """Every argument with its type and default: path parameters positional, then keywords, the
    required ones first, then the per-call options."""
    import venice_api.params

    hints = typing.get_type_hints(getattr(venice_api.params, op.params_class))
    options = list(venice_api.params.RequestOptions.__annotations__)
    required = [name for name, a in op.arguments.items() if a.required and name in hints]
    optional = [name for name in hints if name not in required and name not in options]
    parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)]
    parameters += [
        inspect.Parameter(name, inspect.Parameter.POSITIONAL_ONLY, annotation=str) for name in op.path_params
    ]
    declared = inspect.signature(function)
    if "stream" in declared.parameters:
        kind = bool | NotGiven
        parameters.append(
            inspect.Parameter("stream", inspect.Parameter.KEYWORD_ONLY, default=NOT_GIVEN, annotation=kind)
        )
    for name in [*required, *optional, *options]:
        default: Any = inspect.Parameter.empty if name in required else NOT_GIVEN
        parameters.append(
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=hints[name])
        )
    return inspect.Signature(parameters, return_annotation=_evaluated(declared.return_annotation, function))


def _evaluated(annotation: Any, function: Callable[..., Any]) -> Any:
    """A string annotation evaluated where the function was written (kept as text if it cannot be
    yet, e.g. a class defined below)."""
    if not isinstance(annotation, str):
        return annotation
    try:
        return eval(annotation, getattr(function, "__globals__", {}))
    except NameError:
        return annotation


def _docstring(op: Operation) -> str:
    summary = op.summary if op.summary and not op.summary.startswith("/") else ""
    lines = [f"{op.method} {op.path}" + (f": {summary}" if summary else ".")]
    if op.description and op.description != op.summary:
        lines += ["", op.description]
    if op.arguments:
        lines += ["", "Args:"]
    for argument in op.arguments.values():
        description = argument.description
        if argument.name == "sign_in_with_x":
            description = description or "x402 wallet authentication (the client's own by default)."
        text = " ".join(description.split()) or "(no description in the spec)"
        notes = ["required"] if argument.required else []
        if argument.default is not None:
            notes.append(f"server default {argument.default!r}")
        suffix = f" ({', '.join(notes)})" if notes else ""
        lines.append(f"    {argument.name}: {text}{suffix}")
    lines += ["", "Per-call options: extra_headers, extra_query, extra_body, timeout."]
    return "\n".join(lines)
