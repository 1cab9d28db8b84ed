"""The entry points of the helper methods the pipeline writes into the resources
(``bindings.yaml`` ``helpers``: ``chat.completions.parse``, ...), and the types their signatures
name. Each entry point takes the namespace, the operation it calls and the method's arguments
(``locals()``: keyword -> value, ``NOT_GIVEN`` for one left out); the async twin's name starts
with ``a``.

This is the one module of ``venice.lib`` the generated resources import (``tests/unit/test_layers.py``).
It imports the helpers, and through them the generated types they build on, only when a name is
asked for: a spec without the Responses API (or without chat) regenerates and imports, and a
module of the resources loads only the helpers its methods name.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from venice._types import NOT_GIVEN
from venice.lib._schema import json_schema_format

if TYPE_CHECKING:
    from venice.lib._chat_stream import AsyncChatCompletionStreamManager, ChatCompletionStreamManager
    from venice.lib._parsed import ParsedChatCompletion, ResponseFormatT
    from venice.lib._parsed_response import ParsedResponsesAPIResponse
    from venice.lib._tool_results import ToolRunResult
    from venice.lib._tool_run_stream import AsyncToolRunStreamManager, ToolRunStreamManager
    from venice.lib._toolbox import RunnableTool

_WHERE = {
    "AsyncChatCompletionStreamManager": "venice.lib._chat_stream",
    "ChatCompletionStreamManager": "venice.lib._chat_stream",
    "ParsedChatCompletion": "venice.lib._parsed",
    "ResponseFormatT": "venice.lib._parsed",
    "ParsedResponsesAPIResponse": "venice.lib._parsed_response",
    "ToolRunResult": "venice.lib._tool_results",
    "AsyncToolRunStreamManager": "venice.lib._tool_run_stream",
    "ToolRunStreamManager": "venice.lib._tool_run_stream",
    "RunnableTool": "venice.lib._toolbox",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        from venice.lib._parsed import response_format_param

        request["response_format"] = response_format_param(response_format)
    tools = request.get("tools", NOT_GIVEN)
    return request, response_format, tools if isinstance(tools, list | tuple) else ()


def _parsed(result: Any, response_format: Any, tools: Any) -> Any:
    if "choices" in result._raw:
        from venice.lib._parsed import parse_chat_completion

        return parse_chat_completion(result, response_format, tools)
    from venice.lib._parsed_response import parse_response

    return parse_response(result, response_format)


def parse(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> Any:
    request, response_format, tools = _parse_request(arguments)
    return _parsed(resource._call(operation_id, request), response_format, tools)


async def aparse(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> Any:
    request, response_format, tools = _parse_request(arguments)
    return _parsed(await resource._call(operation_id, request), response_format, tools)


def _stream_manager(manager: Any, resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> Any:
    """``manager`` (the sync or async class) over the operation streamed, the format and tools
    read as ``parse`` reads them; the request goes when its block is entered."""
    request, response_format, tools = _parse_request(arguments)
    return manager(
        lambda: resource._call(operation_id, {**request, "stream": True}),
        response_format=response_format,
        tools=tools,
    )


def stream(
    resource: Any, operation_id: str, arguments: Mapping[str, Any]
) -> ChatCompletionStreamManager[Any]:
    from venice.lib._chat_stream import ChatCompletionStreamManager

    return _stream_manager(ChatCompletionStreamManager, resource, operation_id, arguments)  # type: ignore[no-any-return]


def astream(
    resource: Any, operation_id: str, arguments: Mapping[str, Any]
) -> AsyncChatCompletionStreamManager[Any]:
    """Not a coroutine function: ``async with client.chat.completions.stream(...)`` enters directly."""
    from venice.lib._chat_stream import AsyncChatCompletionStreamManager

    return _stream_manager(AsyncChatCompletionStreamManager, resource, operation_id, arguments)  # type: ignore[no-any-return]


def run_tools(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> ToolRunResult:
    from venice.lib import _tool_runner

    return _tool_runner.run_tools(resource, operation_id, arguments)


async def arun_tools(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> ToolRunResult:
    from venice.lib import _tool_runner

    return await _tool_runner.arun_tools(resource, operation_id, arguments)


def stream_tools(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> ToolRunStreamManager:
    from venice.lib._tool_run_stream import ToolRunStreamManager

    return ToolRunStreamManager(resource, operation_id, arguments)


def astream_tools(
    resource: Any, operation_id: str, arguments: Mapping[str, Any]
) -> AsyncToolRunStreamManager:
    """Not a coroutine function: ``async with client.chat.completions.stream_tools(...)`` enters directly."""
    from venice.lib._tool_run_stream import AsyncToolRunStreamManager

    return AsyncToolRunStreamManager(resource, operation_id, arguments)
