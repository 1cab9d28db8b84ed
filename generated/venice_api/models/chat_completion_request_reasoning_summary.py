from typing import Literal

ChatCompletionRequestReasoningSummary = Literal["auto", "concise", "detailed"]

CHAT_COMPLETION_REQUEST_REASONING_SUMMARY_VALUES: set[
    ChatCompletionRequestReasoningSummary
] = {
    "auto",
    "concise",
    "detailed",
}


def check_chat_completion_request_reasoning_summary(
    value: str,
) -> ChatCompletionRequestReasoningSummary:
    if value in CHAT_COMPLETION_REQUEST_REASONING_SUMMARY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_REASONING_SUMMARY_VALUES!r}"
    )
