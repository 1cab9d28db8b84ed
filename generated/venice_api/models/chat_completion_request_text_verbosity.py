from typing import Literal

ChatCompletionRequestTextVerbosity = Literal["auto", "high", "low", "medium"]

CHAT_COMPLETION_REQUEST_TEXT_VERBOSITY_VALUES: set[
    ChatCompletionRequestTextVerbosity
] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_chat_completion_request_text_verbosity(
    value: str,
) -> ChatCompletionRequestTextVerbosity:
    if value in CHAT_COMPLETION_REQUEST_TEXT_VERBOSITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_TEXT_VERBOSITY_VALUES!r}"
    )
