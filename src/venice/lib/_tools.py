"""``pydantic_function_tool``: a strict function tool whose schema is a pydantic model's, and whose
calls ``parse`` and ``stream`` read back as instances of that model (``parsed_arguments``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from venice.types import ChatCompletionFunctionToolParam

__all__ = ["PydanticFunctionTool", "pydantic_function_tool"]


class PydanticFunctionTool(dict[str, Any]):
    """The tool as sent (a plain mapping), with the model its arguments parse into and, for
    ``run_tools``, the function that handles a call."""

    model: Any
    handler: Callable[..., Any] | None


def pydantic_function_tool(
    model: type[Any],
    *,
    name: str | None = None,
    description: str | None = None,
    handler: Callable[..., Any] | None = None,
) -> ChatCompletionFunctionToolParam:
    """A strict function tool from ``model`` (a pydantic model, a dataclass or a TypedDict): its name
    is the model's (or ``name``), its description the model's docstring (or ``description``), its
    parameters the model's strict JSON schema. ``handler`` (called with the model instance) makes it
    runnable by ``chat.completions.run_tools``."""
    from venice.lib._schema import schema_name, strict_schema  # on first use: `import venice` stays lean

    feature = "pydantic_function_tool"
    described: Any = model  # a class is hashable, whatever type[Any] says to the cache's signature
    schema = dict(strict_schema(described, feature))  # a copy: the description moves to the function
    function: dict[str, Any] = {"name": name or schema_name(described), "strict": True, "parameters": schema}
    text = description if description is not None else schema.pop("description", None)
    if text:
        function["description"] = text
    tool = PydanticFunctionTool(type="function", function=function)
    tool.model = model
    tool.handler = handler
    # A mapping of exactly the declared shape; the class only adds what parse and run_tools read.
    return cast("ChatCompletionFunctionToolParam", tool)
