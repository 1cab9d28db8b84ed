"""The tools of one ``run_tools`` call, between the model and Python: the request's ``tools``, each
call the model asks for turned into the Python call to make, and each result into the text of the
tool message.

What ``run_tools`` accepts (``RunnableTool``): a function (sync or async), a ``FunctionTool``
(``function_tool`` renames or redescribes one), a ``pydantic_function_tool(Model, handler=fn)``
(the handler receives the ``Model`` instance), and Venice's server-side search tools
(``{"type": "web_search"}``), which are sent as they are. Anything else, a function tool without a
function to run, or two tools of one name, raises ``TypeError`` / ``ValueError`` naming the item
before any request. This module runs nothing: the runner makes the calls.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

from venice.lib._errors import StructuredOutputError
from venice.lib._function_tools import FunctionTool, check_tool_name, is_async_callable, tool_of
from venice.lib._pydantic import adapter
from venice.lib._schema import json_path, validate_json

if TYPE_CHECKING:
    from venice.types import (
        ChatCompletionFunctionToolParam,
        ChatCompletionMessageToolCall,
        ChatCompletionSearchToolParam,
    )

__all__ = ["Invocation", "RunnableTool", "Toolbox", "tool_content"]

# The checkers see the request's tool types; at run time a mapping stands for them, so that a spec
# whose names differ still regenerates and imports.
if TYPE_CHECKING:
    RunnableTool: TypeAlias = (
        Callable[..., Any] | FunctionTool | ChatCompletionFunctionToolParam | ChatCompletionSearchToolParam
    )
else:
    RunnableTool: TypeAlias = Callable[..., Any] | FunctionTool | Mapping[str, Any]
"""What ``chat.completions.run_tools`` takes in ``tools``: a function, a ``FunctionTool``, a
``pydantic_function_tool(Model, handler=fn)``, or a server-side search tool."""

FEATURE = "chat.completions.run_tools"
_SERVER_TOOLS = ("web_search", "x_search")


@dataclass(frozen=True)
class Invocation:
    """One Python call to make: ``function(*args, **kwargs)``, awaited if ``is_async``."""

    function: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    is_async: bool


class _Runnable(NamedTuple):
    function: Callable[..., Any]
    arguments: Callable[[str], tuple[tuple[Any, ...], dict[str, Any]]]


class Toolbox:
    """The user's ``tools``, checked: ``params`` for the request, ``invocation`` for each call.
    ``blocking``: the tools run on a blocking client, which cannot await an async function."""

    def __init__(self, tools: Sequence[RunnableTool], *, blocking: bool) -> None:
        if isinstance(tools, str | Mapping) or not isinstance(tools, Sequence):
            raise TypeError(f"{FEATURE}: tools must be a list of tools, not {type(tools).__name__}")
        self.params: list[dict[str, Any]] = []
        self._runnables: dict[str, _Runnable] = {}
        for item in tools:
            param, name, runnable = _resolve(item)
            self.params.append(param)
            if runnable is None:
                continue
            if name in self._runnables:
                raise ValueError(f"{FEATURE}: two tools are named {name!r}; rename one with function_tool")
            if blocking and is_async_callable(runnable.function):
                raise TypeError(
                    f"{FEATURE}: tool {name!r} is an async function, which the blocking client cannot "
                    "await: use AsyncVenice, or a plain function"
                )
            self._runnables[name] = runnable

    def invocation(self, call: ChatCompletionMessageToolCall) -> Invocation:
        """The Python call the model's ``call`` asks for. ``LookupError`` for a tool that is not
        here, ``StructuredOutputError`` for arguments that are not JSON or do not fit: their
        message is written for the model, which reads it as the tool's result."""
        name = call.function.name
        runnable = self._runnables.get(name)
        if runnable is None:
            raise LookupError(f"there is no tool named {name!r}; the tools are: {', '.join(self._runnables)}")
        try:
            args, kwargs = runnable.arguments(call.function.arguments)
        except StructuredOutputError as exc:
            problems = "; ".join(f"{json_path(e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors)
            raise StructuredOutputError(
                f"the arguments of {name} do not fit its schema: {problems or exc}",
                raw=exc.raw,
                path=exc.path,
                errors=exc.errors,
            ) from None
        return Invocation(runnable.function, args, kwargs, is_async_callable(runnable.function))


def tool_content(value: Any) -> str:
    """A tool's result as the tool message's content: a ``str`` as it is, anything else as JSON
    (pydantic models and dataclasses as their fields), and what JSON cannot hold as ``str(value)``."""
    if isinstance(value, str):
        return value
    try:
        text: bytes = adapter(Any, FEATURE).dump_json(value)
    except ValueError:  # pydantic's PydanticSerializationError: a type it cannot write as JSON
        return str(value)
    return text.decode()


def _resolve(item: object) -> tuple[dict[str, Any], str, _Runnable | None]:
    """The request's param of one item of ``tools``, its name, and what runs it (``None`` for a
    server-side tool)."""
    if isinstance(item, FunctionTool):
        return dict(item.to_param()), item.name, _Runnable(item.function, item.arguments)
    if isinstance(item, Mapping):
        return _resolve_mapping(item)
    if callable(item) and not isinstance(item, type):
        tool = tool_of(item)
        return dict(tool.to_param()), tool.name, _Runnable(tool.function, tool.arguments)
    hint = (
        " (for a model class, use pydantic_function_tool(Model, handler=fn))"
        if isinstance(item, type)
        else ""
    )
    raise TypeError(f"{FEATURE}: {item!r} is not a tool: pass a function or a FunctionTool{hint}")


def _resolve_mapping(item: Mapping[str, Any]) -> tuple[dict[str, Any], str, _Runnable | None]:
    kind = item.get("type", "function")
    if kind in _SERVER_TOOLS and "function" not in item:
        return dict(item), str(kind), None
    function = item.get("function")
    if kind != "function" or not isinstance(function, Mapping) or not isinstance(function.get("name"), str):
        raise TypeError(f"{FEATURE}: {dict(item)!r} is not a tool: pass a function or a FunctionTool")
    name: str = function["name"]
    model, handler = getattr(item, "model", None), getattr(item, "handler", None)
    if model is None:
        raise TypeError(
            f"{FEATURE}: tool {name!r} is a definition without a function to run: pass the function "
            "itself, function_tool(fn), or pydantic_function_tool(Model, handler=fn)"
        )
    if handler is None:
        raise TypeError(
            f"{FEATURE}: tool {name!r} has no handler: pydantic_function_tool({_type_name(model)}, "
            f"handler=fn) runs fn with the {_type_name(model)} the model's arguments parse into"
        )
    check_tool_name(name, item)

    def arguments(text: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return (validate_json(model, text or "{}", "pydantic_function_tool"),), {}

    return {"type": "function", "function": dict(function)}, name, _Runnable(handler, arguments)


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", repr(tp))
