"""Fold a chat-completion stream into the final completion, as the non-streaming call returns it.

Works on the raw JSON of each chunk (content, reasoning_content, tool-call fragments by index,
finish_reason, usage, and any other top-level field), so new fields are carried over too. The
result is a ``ChatCompletion``; its ``usage`` is there when the stream was asked for it
(``stream_options={"include_usage": True}``), and reading it otherwise raises
``APIResponseValidationError``, as for any answer without a field the spec promises.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from venice.types import ChatCompletion

__all__ = [
    "ChatCompletionAccumulator",
    "TextSoFar",
    "accumulate_chat_completion",
    "async_accumulate_chat_completion",
]


def _raw(chunk: Any) -> Mapping[str, Any]:
    raw = getattr(chunk, "_raw", chunk)
    if not isinstance(raw, Mapping):
        raise TypeError(f"expected a chat completion chunk, got {type(chunk).__name__}")
    return raw


class TextSoFar:
    """A text that grows by pieces (a message's content or reasoning): appending is O(1), the text
    is joined when read and kept until the next piece, so a long stream costs linear time, not the
    quadratic time of adding string to string. ``text(n)`` is the text of the first ``n`` pieces."""

    __slots__ = ("_joined", "_joined_count", "pieces")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self._joined = ""
        self._joined_count = 0

    def append(self, piece: str) -> None:
        self.pieces.append(piece)

    def text(self, count: int | None = None) -> str:
        count = len(self.pieces) if count is None else count
        if count != self._joined_count:
            joined = "".join(self.pieces[:count])
            if count == len(self.pieces):
                self._joined, self._joined_count = joined, count
            return joined
        return self._joined


class ChatCompletionAccumulator:
    """Add chunks with ``add``; read the completion so far with ``completion()``."""

    def __init__(self) -> None:
        self._top: dict[str, Any] = {}
        self._choices: dict[int, dict[str, Any]] = {}

    def add(self, chunk: Any) -> None:
        data = _raw(chunk)
        for key, value in data.items():
            if key == "choices":
                continue
            if key == "usage" and value is None:
                continue
            self._top[key] = value
        for choice in data.get("choices") or ():
            index = choice.get("index", 0)
            state = self._choices.setdefault(
                index,
                {"index": index, "message": {"role": "assistant", "content": None}, "finish_reason": None},
            )
            if choice.get("finish_reason") is not None:
                state["finish_reason"] = choice["finish_reason"]
            if "logprobs" in choice:
                state["logprobs"] = choice["logprobs"]
            message = state["message"]
            for key, value in (choice.get("delta") or {}).items():
                if key == "tool_calls":
                    self._merge_tool_calls(message, value or [])
                elif key in ("content", "reasoning_content") and isinstance(value, str):
                    text = message.get(key)
                    if text.__class__ is not TextSoFar:
                        text = message[key] = TextSoFar()
                    text.append(value)
                elif value is not None:
                    message[key] = value

    @staticmethod
    def _merge_tool_calls(message: dict[str, Any], fragments: Iterable[Mapping[str, Any]]) -> None:
        calls: list[dict[str, Any]] = message.setdefault("tool_calls", [])
        for fragment in fragments:
            index = fragment.get("index", len(calls))
            while len(calls) <= index:
                calls.append({"id": None, "type": "function", "function": {"name": "", "arguments": ""}})
            call = calls[index]
            for key, value in fragment.items():
                if key == "function":
                    function = call["function"]
                    for fkey, fvalue in (value or {}).items():
                        if fkey in ("name", "arguments") and isinstance(fvalue, str):
                            function[fkey] = function.get(fkey, "") + fvalue
                        else:
                            function[fkey] = fvalue
                elif key != "index" and value is not None:
                    call[key] = value

    def choice_indexes(self) -> list[int]:
        """The indexes of the choices so far, in order."""
        return sorted(self._choices)

    def message(self, index: int) -> dict[str, Any]:
        """The message of choice ``index`` so far: the accumulator's own, changed by later ``add``
        calls, its ``content`` and ``reasoning_content`` a ``TextSoFar`` once a piece came
        (``to_dict`` gives a copy with strings)."""
        return self._choices[index]["message"]  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The accumulated completion as plain JSON data: a snapshot, which later ``add`` calls do
        not change (the stream events hand one out with every chunk)."""
        result = dict(self._top)
        result["object"] = "chat.completion"
        result["choices"] = [_copy_choice(self._choices[i]) for i in sorted(self._choices)]
        return result

    def completion(self) -> ChatCompletion:
        """The accumulated completion, typed like ``chat.completions.create(stream=False)``."""
        from venice.types import ChatCompletion

        return ChatCompletion.from_dict(self.to_dict())


def _copy_choice(choice: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the parts ``add`` changes in place (the message and its tool calls); the strings
    and everything else are shared."""
    message: dict[str, Any] = {
        key: value.text() if isinstance(value, TextSoFar) else value
        for key, value in choice["message"].items()
    }
    if "tool_calls" in message:
        message["tool_calls"] = [
            {**call, "function": dict(call["function"])} for call in message["tool_calls"]
        ]
    return {"logprobs": None, **choice, "message": message}


def accumulate_chat_completion(stream: Iterable[Any]) -> ChatCompletion:
    """Consume a chat ``Stream`` and return the final completion (content, reasoning_content,
    tool calls, finish_reason, usage)."""
    accumulator = ChatCompletionAccumulator()
    for chunk in stream:
        accumulator.add(chunk)
    return accumulator.completion()


async def async_accumulate_chat_completion(stream: AsyncIterable[Any]) -> ChatCompletion:
    """``accumulate_chat_completion`` for an ``AsyncStream``."""
    accumulator = ChatCompletionAccumulator()
    async for chunk in stream:
        accumulator.add(chunk)
    return accumulator.completion()
