"""``ParsedChatCompletion[T]``: a chat completion whose message carries ``parsed`` (the content as a
``T``) and whose tool calls carry ``parsed_arguments``; what ``chat.completions.parse`` returns and
what ``stream().get_final_completion()`` returns.

The classes are the generated response models (``venice.types``) with their nested models swapped
for these subclasses, so every field reads as it does on a plain ``ChatCompletion`` and ``to_dict()``
is still the JSON as received; the parsed values are set once, when the answer arrives.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from venice._binding import BaseModel, define
from venice.lib._errors import ContentFilterFinishReasonError, LengthFinishReasonError, StructuredOutputError
from venice.lib._schema import json_schema_format, validate_json
from venice.types import (
    ChatCompletion,
    ChatCompletionMessage,
    ChatCompletionMessageToolCall,
    Choice,
    ToolCallFunction,
)

if TYPE_CHECKING:
    from venice.lib._tools import PydanticFunctionTool

__all__ = [
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "ResponseFormatT",
    "define_parsed",
    "parse_chat_completion",
    "response_format_param",
    "tool_types",
]

if TYPE_CHECKING:  # a default (PEP 696) for the checkers: `parse` without a format infers `None`
    import typing_extensions

    ResponseFormatT = typing_extensions.TypeVar("ResponseFormatT", default=None)
else:
    ResponseFormatT = TypeVar("ResponseFormatT")
FEATURE = "chat.completions.parse"


class ParsedFunction(ToolCallFunction):
    """The function of a tool call, with ``parsed_arguments``."""

    __slots__ = ("_parsed_arguments",)
    _parsed_arguments: object

    @property
    def parsed_arguments(self) -> object:
        """The arguments as the tool's type (a ``pydantic_function_tool`` model) or as decoded JSON
        (any other function tool); ``None`` if the call names no tool of the request."""
        return getattr(self, "_parsed_arguments", None)


class ParsedFunctionToolCall(ChatCompletionMessageToolCall):
    __slots__ = ()
    function: ParsedFunction


class ParsedChatCompletionMessage(ChatCompletionMessage, Generic[ResponseFormatT]):
    __slots__ = ("_parsed",)
    _parsed: Any
    tool_calls: list[ParsedFunctionToolCall] | None  # type: ignore[assignment]

    @property
    def parsed(self) -> ResponseFormatT | None:
        """The content as the ``response_format`` type; ``None`` when there was none to parse (the
        model refused, or called tools, or no type was asked for)."""
        value: ResponseFormatT | None = getattr(self, "_parsed", None)
        return value

    @property
    def refusal(self) -> str | None:
        """The model's refusal, when it declined to answer in the format (``refusal`` as sent)."""
        value = self._raw.get("refusal")
        return value if isinstance(value, str) else None


class ParsedChoice(Choice, Generic[ResponseFormatT]):
    __slots__ = ()
    message: ParsedChatCompletionMessage[ResponseFormatT]


class ParsedChatCompletion(ChatCompletion, Generic[ResponseFormatT]):
    __slots__ = ()
    choices: list[ParsedChoice[ResponseFormatT]]  # type: ignore[assignment]


def _swap(kind: Any, swaps: Mapping[type[BaseModel], type[BaseModel]]) -> Any:
    if isinstance(kind, type):
        return swaps.get(kind, kind)
    if isinstance(kind, tuple):
        return tuple(_swap(part, swaps) for part in kind)
    return kind


def define_parsed(swaps: Mapping[type[BaseModel], type[BaseModel]]) -> None:
    """Install each generated model's fields (keys: generated model, values: its parsed subclass)
    on its parsed subclass, each nested model swapped for its parsed subclass."""
    for generated, parsed in swaps.items():
        fields = tuple(
            (name, key, flags, _swap(kind, swaps)) for name, key, flags, kind in generated._venice_fields
        )
        define(parsed, fields, tags=generated._tags, generated=generated._generated)


define_parsed(
    {
        ChatCompletion: ParsedChatCompletion,
        Choice: ParsedChoice,
        ChatCompletionMessage: ParsedChatCompletionMessage,
        ChatCompletionMessageToolCall: ParsedFunctionToolCall,
        ToolCallFunction: ParsedFunction,
    }
)


def response_format_param(response_format: Any) -> Any:
    """The request's ``response_format`` for a type: Venice's strict ``json_schema`` format, named
    after the type. A mapping (a format written out) is sent as it is."""
    if isinstance(response_format, Mapping):
        return response_format
    return {"type": "json_schema", "json_schema": json_schema_format(response_format, FEATURE)}


def tool_types(tools: Iterable[Any]) -> dict[str, Any]:
    """Function name -> the type its arguments parse into (``None``: decoded JSON)."""
    found: dict[str, Any] = {}
    for tool in tools:
        if isinstance(tool, Mapping) and tool.get("type", "function") == "function" and "function" in tool:
            found[tool["function"]["name"]] = getattr(tool, "model", None)
    return found


def parse_arguments(name: str, arguments: str, types_by_name: Mapping[str, Any]) -> object:
    """The arguments of a call of tool ``name`` as its type (or decoded JSON); ``None`` for a tool
    the request did not give."""
    if name not in types_by_name:
        return None
    model = types_by_name[name]
    if model is not None:
        return validate_json(model, arguments, f"tool {name!r}")
    try:
        return json.loads(arguments)
    except ValueError as exc:
        raise StructuredOutputError(
            f"the arguments of the call of tool {name!r} are not JSON: {exc}", raw=arguments, path="$"
        ) from None


def parse_chat_completion(
    completion: ChatCompletion,
    response_format: Any,
    tools: Iterable[PydanticFunctionTool | Mapping[str, Any]] | None = None,
) -> ParsedChatCompletion[Any]:
    """``completion`` with ``parsed`` and ``parsed_arguments`` filled in. ``response_format`` is the
    type asked for (anything else, a mapping or ``NOT_GIVEN``, parses nothing).

    Raises ``LengthFinishReasonError`` / ``ContentFilterFinishReasonError`` for an answer cut short,
    ``StructuredOutputError`` for JSON that does not fit."""
    parsed: ParsedChatCompletion[Any] = ParsedChatCompletion.from_dict(completion._raw)
    types_by_name = tool_types(tools or ())
    wanted = response_format if isinstance(response_format, type) else None
    for choice in parsed.choices:
        reason = choice._raw.get("finish_reason")
        if reason == "length":
            raise LengthFinishReasonError(completion=parsed)
        if reason == "content_filter":
            raise ContentFilterFinishReasonError(completion=parsed)
        message = choice.message
        for call in message.tool_calls or ():
            function = call.function
            function._parsed_arguments = parse_arguments(function.name, function.arguments, types_by_name)
        content = message._raw.get("content")
        if wanted is not None and isinstance(content, str) and message.refusal is None:
            message._parsed = validate_json(wanted, content, FEATURE)
    return parsed
