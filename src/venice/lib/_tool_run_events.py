"""The events of ``chat.completions.stream_tools``: each round's chat stream events
(``ChatCompletionStreamEvent``, from ``_chat_stream_state``), then ``FunctionToolCallResultEvent``,
one per call the round made, made from the round's ``ToolCallResult`` records. Records only: nothing
here calls the API or a tool.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from venice.lib._chat_stream_state import ChatCompletionStreamEvent
from venice.lib._tool_results import ToolCallResult

__all__ = ["FunctionToolCallResultEvent", "ToolRunStreamEvent", "result_events"]


@dataclass(frozen=True, slots=True)
class FunctionToolCallResultEvent:
    """Tool call ``index`` of the round (the model's order) has been answered: ``content`` is the
    tool message sent back, ``value`` what the tool returned, ``error`` what it raised or why it did
    not run (``content`` then says ``Error: ...``)."""

    index: int
    name: str
    call_id: str
    arguments: str
    content: str
    value: object
    error: Exception | None
    type: Literal["tool_calls.function.result"] = field(default="tool_calls.function.result", init=False)


ToolRunStreamEvent: TypeAlias = ChatCompletionStreamEvent[None] | FunctionToolCallResultEvent
"""An event of ``stream_tools``: narrow it on ``event.type``. The request's ``response_format`` is
not parsed in a tool run, so ``content.done`` carries ``parsed=None``, and ``parsed_arguments`` is
``None`` too: the result event says what came of the call."""


def result_events(results: Iterable[ToolCallResult]) -> Iterator[FunctionToolCallResultEvent]:
    """One event per result, in order."""
    for index, result in enumerate(results):
        call = result.call
        yield FunctionToolCallResultEvent(
            index,
            call.function.name,
            call.id,
            call.function.arguments,
            result.content,
            result.value,
            result.error,
        )
