"""Helpers above the bindings: code that calls the generated methods and types and adds behaviour
around them: structured outputs (``chat.completions.parse``, ``pydantic_function_tool``), the
tool-calling loop (``run_tools``), typed stream events (``chat.completions.stream``), and folding a
chat stream into its final completion. A regeneration never touches it, and the engine never imports
it; it imports the generated ``venice.types``, never the resources (which reach it through
``venice.lib._methods``).

The names that need the typed surface load on first use, so ``import venice`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from venice.lib._errors import (
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    MaxIterationsError,
    StructuredOutputError,
)
from venice.lib._tools import PydanticFunctionTool, pydantic_function_tool

if TYPE_CHECKING:
    from venice.lib._chat_stream import (
        AsyncChatCompletionStream,
        AsyncChatCompletionStreamManager,
        ChatCompletionStream,
        ChatCompletionStreamManager,
    )
    from venice.lib._chat_stream_state import (
        ChatCompletionStreamEvent,
        ChatCompletionStreamState,
        ChunkEvent,
        ContentDeltaEvent,
        ContentDoneEvent,
        FunctionToolCallArgumentsDeltaEvent,
        FunctionToolCallArgumentsDoneEvent,
        ReasoningDeltaEvent,
        ReasoningDoneEvent,
    )
    from venice.lib._function_tools import FunctionTool, function_tool
    from venice.lib._parsed import (
        ParsedChatCompletion,
        ParsedChatCompletionMessage,
        ParsedChoice,
        ParsedFunction,
        ParsedFunctionToolCall,
    )
    from venice.lib._parsed_response import ParsedMessageOutput, ParsedOutputText, ParsedResponsesAPIResponse
    from venice.lib._tool_results import ToolCallResult, ToolRound, ToolRunResult
    from venice.lib._tool_run_events import FunctionToolCallResultEvent, ToolRunStreamEvent
    from venice.lib._tool_run_stream import (
        AsyncToolRunStream,
        AsyncToolRunStreamManager,
        ToolRunStream,
        ToolRunStreamManager,
    )
    from venice.lib._toolbox import RunnableTool

_LAZY = {
    **dict.fromkeys(
        [
            "AsyncChatCompletionStream",
            "AsyncChatCompletionStreamManager",
            "ChatCompletionStream",
            "ChatCompletionStreamManager",
        ],
        "venice.lib._chat_stream",
    ),
    **dict.fromkeys(
        [
            "ChatCompletionStreamEvent",
            "ChatCompletionStreamState",
            "ChunkEvent",
            "ContentDeltaEvent",
            "ContentDoneEvent",
            "FunctionToolCallArgumentsDeltaEvent",
            "FunctionToolCallArgumentsDoneEvent",
            "ReasoningDeltaEvent",
            "ReasoningDoneEvent",
        ],
        "venice.lib._chat_stream_state",
    ),
    "FunctionTool": "venice.lib._function_tools",
    "function_tool": "venice.lib._function_tools",
    **dict.fromkeys(
        [
            "ParsedChatCompletion",
            "ParsedChatCompletionMessage",
            "ParsedChoice",
            "ParsedFunction",
            "ParsedFunctionToolCall",
        ],
        "venice.lib._parsed",
    ),
    **dict.fromkeys(
        ["ParsedMessageOutput", "ParsedOutputText", "ParsedResponsesAPIResponse"],
        "venice.lib._parsed_response",
    ),
    **dict.fromkeys(["ToolCallResult", "ToolRound", "ToolRunResult"], "venice.lib._tool_results"),
    "RunnableTool": "venice.lib._toolbox",
    **dict.fromkeys(["FunctionToolCallResultEvent", "ToolRunStreamEvent"], "venice.lib._tool_run_events"),
    **dict.fromkeys(
        ["AsyncToolRunStream", "AsyncToolRunStreamManager", "ToolRunStream", "ToolRunStreamManager"],
        "venice.lib._tool_run_stream",
    ),
}

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "AsyncToolRunStream",
    "AsyncToolRunStreamManager",
    "ChatCompletionStream",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamManager",
    "ChatCompletionStreamState",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "ContentFilterFinishReasonError",
    "FunctionTool",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "FunctionToolCallResultEvent",
    "LengthFinishReasonError",
    "MaxIterationsError",
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "ParsedMessageOutput",
    "ParsedOutputText",
    "ParsedResponsesAPIResponse",
    "PydanticFunctionTool",
    "ReasoningDeltaEvent",
    "ReasoningDoneEvent",
    "RunnableTool",
    "StructuredOutputError",
    "ToolCallResult",
    "ToolRound",
    "ToolRunResult",
    "ToolRunStream",
    "ToolRunStreamEvent",
    "ToolRunStreamManager",
    "function_tool",
    "pydantic_function_tool",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'venice.lib' has no attribute {name!r}")
