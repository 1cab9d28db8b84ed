"""The entry points of the helper methods the pipeline writes into the resources
(``bindings.yaml`` ``helpers``: ``chat.completions.parse``, ...), and the types their signatures
name. Each entry point takes the namespace, the operation it calls and the method's arguments
(``locals()``: keyword -> value, ``NOT_GIVEN`` for one left out); the async twin's name starts
with ``a``.

This is the one module of ``venice.lib`` the generated resources import (``tests/unit/test_layers.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from venice._types import NOT_GIVEN
from venice.lib._chat_stream import AsyncChatCompletionStreamManager, ChatCompletionStreamManager
from venice.lib._parsed import (
    ParsedChatCompletion,
    ResponseFormatT,
    json_schema_format,
    parse_chat_completion,
    response_format_param,
)
from venice.lib._parsed_response import ParsedResponsesAPIResponse, parse_response
from venice.lib._tool_results import ToolRunResult
from venice.lib._tool_run_stream import AsyncToolRunStreamManager, ToolRunStreamManager
from venice.lib._tool_runner import arun_tools, run_tools
from venice.lib._toolbox import RunnableTool

__all__ = [
    "AsyncChatCompletionStreamManager",
    "AsyncToolRunStreamManager",
    "ChatCompletionStreamManager",
    "ParsedChatCompletion",
    "ParsedResponsesAPIResponse",
    "ResponseFormatT",
    "RunnableTool",
    "ToolRunResult",
    "ToolRunStreamManager",
    "aparse",
    "arun_tools",
    "astream",
    "astream_tools",
    "parse",
    "run_tools",
    "stream",
    "stream_tools",
]


def _parse_request(arguments: Mapping[str, Any]) -> tuple[dict[str, Any], Any, Any]:
    """The operation's arguments as sent (the format as Venice reads it), the format type, and the
    tools. Chat takes the format as ``response_format``; the Responses API as ``text_format``, sent
    as OpenAI's ``text.format`` in the body (its spec declares no ``text``)."""
    request = {key: value for key, value in arguments.items() if key != "self"}
    if "text_format" in request:
        text_format = request.pop("text_format")
        if text_format is not NOT_GIVEN:
            text = {"format": {"type": "json_schema", **json_schema_format(text_format, "responses.parse")}}
            request["extra_body"] = {**(request.get("extra_body") or {}), "text": text}
        return request, text_format, ()
    response_format = request.get("response_format", NOT_GIVEN)
    if response_format is not NOT_GIVEN:
        request["response_format"] = response_format_param(response_format)
    tools = request.get("tools", NOT_GIVEN)
    return request, response_format, tools if isinstance(tools, list | tuple) else ()


def _parsed(result: Any, response_format: Any, tools: Any) -> Any:
    if "choices" in result._raw:
        return parse_chat_completion(result, response_format, tools)
    return parse_response(result, response_format)


def parse(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> Any:
    request, response_format, tools = _parse_request(arguments)
    return _parsed(resource._call(operation_id, request), response_format, tools)


async def aparse(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> Any:
    request, response_format, tools = _parse_request(arguments)
    return _parsed(await resource._call(operation_id, request), response_format, tools)


def stream(
    resource: Any, operation_id: str, arguments: Mapping[str, Any]
) -> ChatCompletionStreamManager[Any]:
    request, response_format, tools = _parse_request(arguments)
    return ChatCompletionStreamManager(
        lambda: resource._call(operation_id, {**request, "stream": True}),
        response_format=response_format,
        tools=tools,
    )


def astream(
    resource: Any, operation_id: str, arguments: Mapping[str, Any]
) -> AsyncChatCompletionStreamManager[Any]:
    """Not a coroutine function: ``async with client.chat.completions.stream(...)`` enters directly."""
    request, response_format, tools = _parse_request(arguments)
    return AsyncChatCompletionStreamManager(
        lambda: resource._call(operation_id, {**request, "stream": True}),
        response_format=response_format,
        tools=tools,
    )


def stream_tools(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> ToolRunStreamManager:
    return ToolRunStreamManager(resource, operation_id, arguments)


def astream_tools(
    resource: Any, operation_id: str, arguments: Mapping[str, Any]
) -> AsyncToolRunStreamManager:
    """Not a coroutine function: ``async with client.chat.completions.stream_tools(...)`` enters directly."""
    return AsyncToolRunStreamManager(resource, operation_id, arguments)
