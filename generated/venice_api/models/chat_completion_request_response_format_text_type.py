from typing import Literal

ChatCompletionRequestResponseFormatTextType = Literal["text"]

CHAT_COMPLETION_REQUEST_RESPONSE_FORMAT_TEXT_TYPE_VALUES: set[
    ChatCompletionRequestResponseFormatTextType
] = {
    "text",
}


def check_chat_completion_request_response_format_text_type(
    value: str,
) -> ChatCompletionRequestResponseFormatTextType:
    if value in CHAT_COMPLETION_REQUEST_RESPONSE_FORMAT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_RESPONSE_FORMAT_TEXT_TYPE_VALUES!r}"
    )
