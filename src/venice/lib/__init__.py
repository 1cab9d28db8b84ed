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
    from venice.lib._parsed import (
        ParsedChatCompletion,
        ParsedChatCompletionMessage,
        ParsedChoice,
        ParsedFunction,
        ParsedFunctionToolCall,
    )

_LAZY = {
    "ParsedChatCompletion": "venice.lib._parsed",
    "ParsedChatCompletionMessage": "venice.lib._parsed",
    "ParsedChoice": "venice.lib._parsed",
    "ParsedFunction": "venice.lib._parsed",
    "ParsedFunctionToolCall": "venice.lib._parsed",
}

__all__ = [
    "ContentFilterFinishReasonError",
    "LengthFinishReasonError",
    "MaxIterationsError",
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "PydanticFunctionTool",
    "StructuredOutputError",
    "pydantic_function_tool",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'venice.lib' has no attribute {name!r}")
