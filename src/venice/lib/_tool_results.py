"""What ``chat.completions.run_tools`` returns: ``ToolRunResult`` (the final completion, the whole
transcript, each round, the summed usage), its ``ToolRound`` records and their ``ToolCallResult``
entries, and the two messages each round adds to the transcript. Records only: nothing here calls
the API or a tool."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

# The typed surface for the checkers only: at run time this module needs no generated name until a
# loop runs, so that a spec whose names differ still regenerates and imports.
if TYPE_CHECKING:
    from venice.types import (
        AssistantMessageParam,
        ChatCompletion,
        ChatCompletionMessage,
        ChatCompletionMessageParam,
        ChatCompletionMessageToolCall,
        CompletionUsage,
        ToolMessageParam,
    )

__all__ = [
    "ToolCallResult",
    "ToolRound",
    "ToolRunResult",
    "assistant_message",
    "tool_message",
    "total_usage",
]


@cache
def _assistant_keys() -> frozenset[str]:
    """What the request accepts of an assistant message; the rest of the answer (unknown fields)
    stays out."""
    from venice.types import AssistantMessageParam

    return AssistantMessageParam.__required_keys__ | AssistantMessageParam.__optional_keys__


@dataclass(frozen=True)
class ToolCallResult:
    """One call the model asked for and what came of it."""

    call: ChatCompletionMessageToolCall
    """The call as the model wrote it (``call.function.name``, ``call.function.arguments``)."""
    content: str
    """The tool message's content sent back to the model: the result, or ``"Error: ..."``."""
    value: Any = None
    """What the tool returned (``None`` when it failed or did not run)."""
    error: Exception | None = None
    """What the tool raised, or why it did not run: ``LookupError`` for a tool that is not in
    ``tools``, ``StructuredOutputError`` for arguments that are not JSON or do not fit."""


@dataclass(frozen=True)
class ToolRound:
    """One call of the API: its completion, and the calls it asked for with their results (none in
    the last round)."""

    completion: ChatCompletion
    results: list[ToolCallResult]

    @property
    def tool_calls(self) -> list[ChatCompletionMessageToolCall]:
        """The calls the model asked for in this round, in its order."""
        return [result.call for result in self.results]

    @property
    def usage(self) -> CompletionUsage:
        """The tokens this round's call used."""
        return self.completion.usage


@dataclass(frozen=True)
class ToolRunResult:
    """The outcome of a tool loop."""

    completion: ChatCompletion
    """The last answer, the one that asked for no tool."""
    messages: list[ChatCompletionMessageParam]
    """The whole conversation: the messages given, then each round's assistant message and one tool
    message per call. Pass it as ``messages`` to go on with the conversation."""
    rounds: list[ToolRound]
    """One record per API call, in order."""
    usage: CompletionUsage
    """The rounds' usage summed (every count, the ``*_details`` ones included)."""


def assistant_message(message: ChatCompletionMessage) -> AssistantMessageParam:
    """The model's answer as the next request's assistant message: what the request accepts of it
    (content, tool calls, and the reasoning fields some models need back within a tool loop:
    ``reasoning_content``, ``reasoning_details``, ``thought_signature``), as received."""
    raw = message.to_dict()
    kept: dict[str, Any] = {
        key: value for key, value in raw.items() if key in _assistant_keys() and value is not None
    }
    kept.update(role="assistant", content=raw.get("content"))
    kept.pop("tool_calls", None)
    if message.tool_calls:
        kept["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.function.name, "arguments": call.function.arguments},
            }
            for call in message.tool_calls
        ]
    return kept  # type: ignore[return-value]


def tool_message(result: ToolCallResult) -> ToolMessageParam:
    """The message that answers ``result.call``."""
    return {"role": "tool", "tool_call_id": result.call.id, "content": result.content}


def total_usage(completions: Iterable[ChatCompletion]) -> CompletionUsage:
    """The usage of ``completions`` summed, count by count (nested details too)."""
    total: dict[str, Any] = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    for completion in completions:
        usage = completion.to_dict().get("usage")
        if isinstance(usage, Mapping):
            _add(total, usage)
    from venice.types import CompletionUsage

    return CompletionUsage.from_dict(total)


def _add(total: dict[str, Any], counts: Mapping[str, Any]) -> None:
    for key, value in counts.items():
        if isinstance(value, Mapping):
            nested = total.get(key)
            total[key] = nested = dict(nested) if isinstance(nested, Mapping) else {}
            _add(nested, value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            previous = total.get(key)
            total[key] = value + (previous if isinstance(previous, int | float) else 0)
