"""``ParsedResponsesAPIResponse[T]``: a Responses API answer whose output text carries ``parsed``
(the text as a ``T``), with ``output_parsed`` and ``output_text`` on the answer; what
``responses.parse`` returns.

Venice's Responses API spec declares no ``text`` argument (pinned spec 20260821): ``responses.parse``
sends OpenAI's ``text.format`` (a strict ``json_schema``) as an extra body field, and validates the
answer's output text against the type whatever the model did with it (docs/helpers.md says so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic

from venice.lib._errors import LengthFinishReasonError
from venice.lib._parsed import ResponseFormatT, define_parsed
from venice.lib._schema import validate_json
from venice.types import MessageOutput, OutputText, ResponsesAPIResponse

if TYPE_CHECKING:  # the other output items, for the annotation only
    from venice.types import FunctionCallOutput, ReasoningOutput, WebSearchCallOutput

__all__ = ["ParsedMessageOutput", "ParsedOutputText", "ParsedResponsesAPIResponse", "parse_response"]

FEATURE = "responses.parse"


class ParsedOutputText(OutputText, Generic[ResponseFormatT]):
    __slots__ = ("_parsed",)
    _parsed: Any

    @property
    def parsed(self) -> ResponseFormatT | None:
        """The text as the ``text_format`` type (``None`` when no type was asked for)."""
        value: ResponseFormatT | None = getattr(self, "_parsed", None)
        return value


class ParsedMessageOutput(MessageOutput, Generic[ResponseFormatT]):
    __slots__ = ()
    content: list[ParsedOutputText[ResponseFormatT]]  # type: ignore[assignment]


class ParsedResponsesAPIResponse(ResponsesAPIResponse, Generic[ResponseFormatT]):
    __slots__ = ()
    output: list[  # type: ignore[assignment]
        ReasoningOutput | ParsedMessageOutput[ResponseFormatT] | FunctionCallOutput | WebSearchCallOutput
    ]

    @property
    def output_text(self) -> str:
        """The text of every output message, joined."""
        return "".join(
            part.text for item in self.output if isinstance(item, MessageOutput) for part in item.content
        )

    @property
    def output_parsed(self) -> ResponseFormatT | None:
        """The first output text as the ``text_format`` type."""
        for item in self.output:
            if isinstance(item, ParsedMessageOutput):
                for part in item.content:
                    if part.parsed is not None:
                        return part.parsed
        return None


define_parsed(
    {
        ResponsesAPIResponse: ParsedResponsesAPIResponse,
        MessageOutput: ParsedMessageOutput,
        OutputText: ParsedOutputText,
    }
)


def parse_response(response: ResponsesAPIResponse, text_format: Any) -> ParsedResponsesAPIResponse[Any]:
    """``response`` with each output text parsed as ``text_format`` (a type; anything else parses
    nothing). ``LengthFinishReasonError`` when the answer stopped at ``max_output_tokens``."""
    parsed: ParsedResponsesAPIResponse[Any] = ParsedResponsesAPIResponse.from_dict(response._raw)
    details = parsed._raw.get("incomplete_details") or {}
    if parsed._raw.get("status") == "incomplete" and details.get("reason") == "max_output_tokens":
        raise LengthFinishReasonError(completion=parsed)
    if not isinstance(text_format, type):
        return parsed
    for item in parsed.output:
        if isinstance(item, ParsedMessageOutput):
            for part in item.content:
                part._parsed = validate_json(text_format, part.text, FEATURE)
    return parsed
