"""The errors of the helpers above the bindings (structured outputs, the tool loop)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venice._errors._exceptions import VeniceError

__all__ = [
    "ContentFilterFinishReasonError",
    "LengthFinishReasonError",
    "MaxIterationsError",
    "StructuredOutputError",
]


class LengthFinishReasonError(VeniceError):
    """The answer was cut by the token limit (``finish_reason: "length"``), so its JSON is incomplete.
    ``completion`` is the answer as received; raise ``max_tokens`` / ``max_completion_tokens``."""

    def __init__(self, *, completion: Any) -> None:
        usage = getattr(completion, "_raw", {}).get("usage")
        super().__init__(
            "Could not parse the answer: the token limit was reached (finish_reason 'length'); "
            f"raise max_completion_tokens (usage: {usage})"
        )
        self.completion = completion


class ContentFilterFinishReasonError(VeniceError):
    """The answer was stopped by a content filter (``finish_reason: "content_filter"``)."""

    def __init__(self, *, completion: Any = None) -> None:
        super().__init__(
            "Could not parse the answer: a content filter stopped it (finish_reason 'content_filter')"
        )
        self.completion = completion


class StructuredOutputError(VeniceError, ValueError):
    """The model's JSON does not fit the type asked for: ``path`` is the first JSON path that does
    not (``$.steps[0].output``), ``raw`` the text as received, ``errors`` pydantic's list."""

    def __init__(self, message: str, *, raw: str, path: str, errors: Sequence[dict[str, Any]] = ()) -> None:
        super().__init__(message)
        self.raw = raw
        self.path = path
        self.errors = list(errors)


class MaxIterationsError(VeniceError):
    """The tool loop ran ``max_iterations`` rounds and the model still asked for tools. ``messages``
    is the conversation so far (every round's assistant and tool messages), ``completions`` the
    answer of each round."""

    def __init__(self, max_iterations: int, *, messages: Sequence[Any], completions: Sequence[Any]) -> None:
        super().__init__(
            f"The model still called tools after max_iterations={max_iterations} rounds; "
            "raise max_iterations or read .messages for the transcript so far"
        )
        self.max_iterations = max_iterations
        self.messages = list(messages)
        self.completions = list(completions)
