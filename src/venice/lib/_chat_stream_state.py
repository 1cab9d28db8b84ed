"""The typed events of a streamed chat completion, and the state machine that emits them.

``ChatCompletionStreamState`` takes the chunks one by one (``handle_chunk``), folds them into the
completion so far with ``ChatCompletionAccumulator``, and says what each chunk means as events. It
does no I/O: ``ChatCompletionStream`` and ``AsyncChatCompletionStream`` (``_chat_stream``) only
iterate the HTTP stream and hand it the chunks.

Order of the events (each non-chunk event names its ``choice_index``; choices are independent):

1. ``chunk`` first, for every chunk (the usage-only chunk with no choices included); its
   ``snapshot``, read in the loop, is the completion with this chunk added.
2. then, for each choice of the chunk in the order sent: ``reasoning.delta``, ``content.delta``
   and one ``tool_calls.function.arguments.delta`` per tool-call fragment. Empty text deltas (the
   ``content: ""`` that comes with ``role``) make no event.
3. ``.done`` events, each at most once per part (a reasoning, a content, a tool call):
   - ``reasoning.done`` when the content or the first tool call starts;
   - ``content.done`` (and ``reasoning.done`` if still open) when the first tool call starts;
   - ``tool_calls.function.arguments.done`` of a call when a fragment of another call starts;
   - at the choice's ``finish_reason``, or at the end of the stream for a choice that never got
     one: whatever is still open, in the order reasoning, content, tool call.
   A ``.done`` event comes before the delta that caused it. Its text is the part's text at that
   moment; a part that went on after its done event (Venice's models do not) would get more
   deltas but no second done event.

A choice that finishes with ``length`` or ``content_filter`` raises ``LengthFinishReasonError`` /
``ContentFilterFinishReasonError`` (after that chunk's delta events) when the stream would have to
parse what was cut off: a ``response_format`` type was given, or a tool call was open. Content
that does not fit the ``response_format`` type raises ``StructuredOutputError`` at ``content.done``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal

from venice._types import NOT_GIVEN, NotGiven
from venice.lib._accumulate import ChatCompletionAccumulator, TextSoFar
from venice.lib._errors import ContentFilterFinishReasonError, LengthFinishReasonError
from venice.lib._parsed import ResponseFormatT, parse_arguments, parse_chat_completion, tool_types
from venice.lib._schema import validate_json

if TYPE_CHECKING:
    from venice.lib._parsed import ParsedChatCompletion
    from venice.types import ChatCompletion, ChatCompletionChunk

__all__ = [
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamState",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "ReasoningDeltaEvent",
    "ReasoningDoneEvent",
    "text_delta",
]

FEATURE = "chat.completions.stream"


@dataclass(slots=True)
class ChunkEvent:
    """A chunk as received, and ``snapshot``: the completion so far, built when read. As in
    openai-python, it follows the stream: read it in the loop, when the event comes (a snapshot
    kept for later shows the completion as it is then; ``current_completion_snapshot`` the same).
    It is a ``ChatCompletion``, so a field it always has but that arrives last (``finish_reason``,
    ``usage``) raises ``APIResponseValidationError`` when read before it came; ``to_dict()`` shows
    what there is."""

    chunk: ChatCompletionChunk
    _accumulator: ChatCompletionAccumulator = field(repr=False, compare=False)
    type: Literal["chunk"] = field(default="chunk", init=False)

    @property
    def snapshot(self) -> ChatCompletion:
        return self._accumulator.completion()


@dataclass(slots=True)
class _TextDelta:
    """A new piece of a growing text: ``delta``, and ``snapshot``, the text up to and with it
    (joined when read, so that a stream nobody reads the snapshots of costs no joining)."""

    choice_index: int
    delta: str
    _text: TextSoFar = field(repr=False, compare=False)
    _count: int = field(repr=False, compare=False)

    @property
    def snapshot(self) -> str:
        return self._text.text(self._count)


@dataclass(slots=True)
class ContentDeltaEvent(_TextDelta):
    """More of the answer: ``delta`` is the new text, ``snapshot`` the text so far."""

    parsed: object | None = None
    """Always ``None``: partial JSON is not decoded while it streams; ``content.done`` carries the
    parsed value."""
    type: Literal["content.delta"] = field(default="content.delta", init=False)


@dataclass(slots=True)
class ContentDoneEvent(Generic[ResponseFormatT]):
    """The answer is complete: ``content`` is its text, ``parsed`` the ``response_format`` type's
    instance (``None`` when no type was given)."""

    choice_index: int
    content: str
    parsed: ResponseFormatT | None
    type: Literal["content.done"] = field(default="content.done", init=False)


@dataclass(slots=True)
class ReasoningDeltaEvent(_TextDelta):
    """More of the reasoning (Venice's ``delta.reasoning_content``): ``delta`` and ``snapshot``, the
    text so far."""

    type: Literal["reasoning.delta"] = field(default="reasoning.delta", init=False)


@dataclass(slots=True)
class ReasoningDoneEvent:
    """The reasoning is complete: ``reasoning`` is its text."""

    choice_index: int
    reasoning: str
    type: Literal["reasoning.done"] = field(default="reasoning.done", init=False)


@dataclass(slots=True)
class FunctionToolCallArgumentsDeltaEvent:
    """A fragment of tool call ``index``: ``arguments_delta`` is the new JSON text (empty on the
    fragment that only names the function), ``arguments`` the JSON so far."""

    choice_index: int
    name: str
    index: int
    arguments: str
    arguments_delta: str
    type: Literal["tool_calls.function.arguments.delta"] = field(
        default="tool_calls.function.arguments.delta", init=False
    )


@dataclass(slots=True)
class FunctionToolCallArgumentsDoneEvent:
    """Tool call ``index`` is complete: ``arguments`` is its JSON, ``parsed_arguments`` the tool's
    model instance (a ``pydantic_function_tool``), else the decoded JSON; ``None`` for a function
    the request did not offer."""

    choice_index: int
    name: str
    index: int
    arguments: str
    parsed_arguments: object
    type: Literal["tool_calls.function.arguments.done"] = field(
        default="tool_calls.function.arguments.done", init=False
    )


ChatCompletionStreamEvent = (
    ChunkEvent
    | ContentDeltaEvent
    | ContentDoneEvent[ResponseFormatT]
    | ReasoningDeltaEvent
    | ReasoningDoneEvent
    | FunctionToolCallArgumentsDeltaEvent
    | FunctionToolCallArgumentsDoneEvent
)

_CUT_SHORT: dict[str, type[LengthFinishReasonError | ContentFilterFinishReasonError]] = {
    "length": LengthFinishReasonError,
    "content_filter": ContentFilterFinishReasonError,
}


def text_delta(event: object) -> str | None:
    """The text an event adds to the first choice's answer, for ``text_stream``; else ``None`` (for
    any other event, a tool run's own included)."""
    if isinstance(event, ContentDeltaEvent) and event.choice_index == 0:
        return event.delta
    return None


class _Progress:
    """What of one choice has been reported done."""

    __slots__ = ("content_done", "finished", "open_tool", "reasoning_done")

    def __init__(self) -> None:
        self.reasoning_done = False
        self.content_done = False
        self.open_tool: int | None = None  # the tool call whose fragments are arriving
        self.finished = False


class ChatCompletionStreamState(Generic[ResponseFormatT]):
    """Chunks in, events out: ``handle_chunk`` for each chunk, ``finish`` at the end of the stream.

    ``response_format`` is the type the content parses into (a mapping, or ``NOT_GIVEN``, parses
    nothing); ``tools`` the request's tools, which the calls' arguments parse by.
    """

    def __init__(
        self,
        *,
        response_format: type[ResponseFormatT] | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven | None = NOT_GIVEN,
    ) -> None:
        self._accumulator = ChatCompletionAccumulator()
        self._response_format = response_format
        self._format_type = response_format if isinstance(response_format, type) else None
        self._tools = list(tools) if isinstance(tools, Iterable) else []
        self._tool_types = tool_types(self._tools)
        self._progress: dict[int, _Progress] = {}

    @property
    def current_completion_snapshot(self) -> ChatCompletion:
        """The completion so far, from the chunks handled."""
        return self._accumulator.completion()

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """The completion from the chunks handled, parsed as ``chat.completions.parse`` parses it
        (raises as it does: ``LengthFinishReasonError``, ``StructuredOutputError``, ...)."""
        parsed: ParsedChatCompletion[ResponseFormatT] = parse_chat_completion(
            self._accumulator.completion(), self._response_format, self._tools
        )
        return parsed

    def handle_chunk(
        self, chunk: ChatCompletionChunk
    ) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        """Add ``chunk`` to the completion so far (at once), and return its events. Iterate them
        to the end before the next chunk: the done-tracking advances as they are read."""
        self._accumulator.add(chunk)
        return self._chunk_events(chunk)

    def finish(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        """The done events of the choices the stream left without a ``finish_reason``."""
        for index in self._accumulator.choice_indexes():
            progress = self._progress.setdefault(index, _Progress())
            if not progress.finished:
                progress.finished = True
                yield from self._close(progress, index, self._accumulator.message(index))

    def _chunk_events(
        self, chunk: ChatCompletionChunk
    ) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        yield ChunkEvent(chunk, self._accumulator)
        # The chunk's JSON as received: what the typed chunk would give, without a view per field.
        for choice in chunk._raw.get("choices") or ():
            yield from self._choice_events(choice)

    def _choice_events(
        self, choice: Mapping[str, Any]
    ) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        index = choice.get("index", 0)
        message = self._accumulator.message(index)
        progress = self._progress.get(index) or self._progress.setdefault(index, _Progress())
        delta = choice.get("delta") or {}
        reasoning = delta.get("reasoning_content")
        if reasoning:
            text = message["reasoning_content"]
            yield ReasoningDeltaEvent(index, reasoning, text, len(text.pieces))
        content = delta.get("content")
        if content:
            if not progress.reasoning_done and "reasoning_content" in message:
                yield from self._close_reasoning(progress, index, message)
            text = message["content"]
            yield ContentDeltaEvent(index, content, text, len(text.pieces))
        for fragment in delta.get("tool_calls") or ():
            call = fragment.get("index", 0)
            if call != progress.open_tool:
                yield from self._close(progress, index, message)
                progress.open_tool = call
            function = message["tool_calls"][call]["function"]
            new_text = (fragment.get("function") or {}).get("arguments")
            yield FunctionToolCallArgumentsDeltaEvent(
                index, function["name"], call, function["arguments"], new_text or ""
            )
        reason = choice.get("finish_reason")
        if reason is None:
            return
        error = _CUT_SHORT.get(reason)
        if error is not None and (self._format_type is not None or progress.open_tool is not None):
            raise error(completion=self._accumulator.completion())
        progress.finished = True
        yield from self._close(progress, index, message)

    def _close_reasoning(
        self, progress: _Progress, index: int, message: Mapping[str, Any]
    ) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        reasoning = _text(message, "reasoning_content")
        if reasoning and not progress.reasoning_done:
            progress.reasoning_done = True
            yield ReasoningDoneEvent(index, reasoning)

    def _close(
        self, progress: _Progress, index: int, message: Mapping[str, Any]
    ) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        """The done events of what is open: reasoning, content, then the open tool call."""
        yield from self._close_reasoning(progress, index, message)
        content = _text(message, "content")
        if content and not progress.content_done:
            progress.content_done = True
            yield ContentDoneEvent(index, content, self._parse_content(message, content))
        if progress.open_tool is not None:
            call, progress.open_tool = progress.open_tool, None
            function = message["tool_calls"][call]["function"]
            parsed = parse_arguments(function["name"], function["arguments"], self._tool_types)
            yield FunctionToolCallArgumentsDoneEvent(
                index, function["name"], call, function["arguments"], parsed
            )

    def _parse_content(self, message: Mapping[str, Any], content: str) -> ResponseFormatT | None:
        if self._format_type is None or message.get("refusal"):
            return None
        parsed: ResponseFormatT = validate_json(self._format_type, content, FEATURE)
        return parsed


def _text(message: Mapping[str, Any], key: str) -> str:
    """The text of ``key`` so far ("" before any piece)."""
    value = message.get(key)
    return value.text() if isinstance(value, TextSoFar) else (value or "")
