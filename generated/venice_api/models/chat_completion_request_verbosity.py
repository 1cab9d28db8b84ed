from typing import Literal

ChatCompletionRequestVerbosity = Literal["auto", "high", "low", "medium"]

CHAT_COMPLETION_REQUEST_VERBOSITY_VALUES: set[ChatCompletionRequestVerbosity] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_chat_completion_request_verbosity(
    value: str,
) -> ChatCompletionRequestVerbosity:
    if value in CHAT_COMPLETION_REQUEST_VERBOSITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_VERBOSITY_VALUES!r}"
    )
