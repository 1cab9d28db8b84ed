"""The raw and streaming-response modes of a generated method, from its parsed-mode ``def``.

A generated namespace has a class per mode (``Models``, ``ModelsWithRawResponse``,
``ModelsWithStreamingResponse``), and a method's body is the same in every mode: one call into the
engine, ``self._call(operation_id, locals())``, whose result follows the class's ``_mode``. So the
raw and streaming classes do not repeat the signature and docstring: they point at the parsed
class's function (``list = to_raw(Models.list)``), as openai-python's wrappers point back at the
method they wrap. ``inspect.signature`` and ``help()`` show that literal ``def`` with the mode's
result type; go-to-definition is one hop from the assignment to it.

``to_raw`` / ``to_streamed`` run the function as it is (its ``_call`` gives the mode's result);
``async_to_raw`` awaits it in a coroutine function of its own; ``async_to_streamed`` returns, from
a plain call, the context manager that runs the coroutine function on entry, since ``async with``
enters its result directly.

Methods overloaded on ``stream`` are written out in every mode instead (a retyped overload set
would lose its overloads).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from types import MethodType
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from venice._results._response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncResponseContextManager,
    ResponseContextManager,
)

__all__ = ["async_to_raw", "async_to_streamed", "to_raw", "to_streamed"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


class _InMode:
    """A parsed-mode function as a method of a raw or streaming namespace: called, it runs ``run``
    (the function itself, or a wrapper of it); inspected, it is the function with the result type
    ``result`` wraps the parsed one in (computed when asked, not at import)."""

    def __init__(
        self, function: Callable[..., Any], result: str, run: Callable[..., Any] | None = None
    ) -> None:
        self.__wrapped__ = function
        self.__name__ = function.__name__
        self.__qualname__ = function.__qualname__
        self.__doc__ = function.__doc__
        self._result = result
        self._run = run or function

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        return self if instance is None else MethodType(self, instance)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._run(*args, **kwargs)

    @property
    def __signature__(self) -> inspect.Signature:
        parsed = inspect.signature(self.__wrapped__)
        return parsed.replace(return_annotation=self._result.format(parsed.return_annotation))


def to_raw(method: Callable[Concatenate[Any, _P], _R]) -> Callable[Concatenate[Any, _P], APIResponse[_R]]:
    """``method`` in a raw-response namespace: it returns the ``APIResponse``."""
    return cast("Callable[Concatenate[Any, _P], APIResponse[_R]]", _InMode(method, "APIResponse[{}]"))


def to_streamed(
    method: Callable[Concatenate[Any, _P], _R],
) -> Callable[Concatenate[Any, _P], ResponseContextManager[APIResponse[_R]]]:
    """``method`` in a streaming-response namespace: it returns the context manager of the unread
    response."""
    mode = _InMode(method, "ResponseContextManager[APIResponse[{}]]")
    return cast("Callable[Concatenate[Any, _P], ResponseContextManager[APIResponse[_R]]]", mode)


def async_to_raw(
    method: Callable[Concatenate[Any, _P], Awaitable[_R]],
) -> Callable[Concatenate[Any, _P], Awaitable[AsyncAPIResponse[_R]]]:
    """``method`` (a coroutine function) in a raw-response namespace: it gives the
    ``AsyncAPIResponse``. A coroutine function itself (``inspect.iscoroutinefunction`` says so,
    which an object cannot on Python 3.11), so its signature is set here, once."""

    @functools.wraps(method)
    async def raw(*args: Any, **kwargs: Any) -> Any:
        return await method(*args, **kwargs)

    parsed = inspect.signature(method)
    raw.__signature__ = parsed.replace(  # type: ignore[attr-defined]
        return_annotation=f"AsyncAPIResponse[{parsed.return_annotation}]"
    )
    return raw


def async_to_streamed(
    method: Callable[Concatenate[Any, _P], Awaitable[_R]],
) -> Callable[Concatenate[Any, _P], AsyncResponseContextManager[AsyncAPIResponse[_R]]]:
    """``method`` (a coroutine function) in a streaming-response namespace: a plain call returning
    the async context manager, which runs ``method`` on entry (the engine's ``_call`` then gives the
    unread response)."""

    def enter_later(*args: Any, **kwargs: Any) -> Any:
        return AsyncResponseContextManager(lambda: method(*args, **kwargs))

    mode = _InMode(method, "AsyncResponseContextManager[AsyncAPIResponse[{}]]", enter_later)
    return cast("Callable[Concatenate[Any, _P], AsyncResponseContextManager[AsyncAPIResponse[_R]]]", mode)
