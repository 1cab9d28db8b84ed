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
from venice.lib._parsed import (
    ParsedChatCompletion,
    ResponseFormatT,
    parse_chat_completion,
    response_format_param,
)

__all__ = [
    "ParsedChatCompletion",
    "ResponseFormatT",
    "aparse",
    "parse",
]


def _parse_request(arguments: Mapping[str, Any]) -> tuple[dict[str, Any], Any, Any]:
    """The create arguments (the format as Venice reads it), the format type, and the tools."""
    request = {key: value for key, value in arguments.items() if key != "self"}
    response_format = request.get("response_format", NOT_GIVEN)
    if response_format is not NOT_GIVEN:
        request["response_format"] = response_format_param(response_format)
    tools = request.get("tools", NOT_GIVEN)
    return request, response_format, tools if isinstance(tools, list | tuple) else ()


def parse(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> ParsedChatCompletion[Any]:
    request, response_format, tools = _parse_request(arguments)
    return parse_chat_completion(resource._call(operation_id, request), response_format, tools)


async def aparse(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> ParsedChatCompletion[Any]:
    request, response_format, tools = _parse_request(arguments)
    return parse_chat_completion(await resource._call(operation_id, request), response_format, tools)
