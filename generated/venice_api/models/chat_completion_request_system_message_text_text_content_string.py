from typing import Literal

ChatCompletionRequestSystemMessageTextTextContentString = Literal["text"]

CHAT_COMPLETION_REQUEST_SYSTEM_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES: set[
    ChatCompletionRequestSystemMessageTextTextContentString
] = {
    "text",
}


def check_chat_completion_request_system_message_text_text_content_string(
    value: str,
) -> ChatCompletionRequestSystemMessageTextTextContentString:
    if value in CHAT_COMPLETION_REQUEST_SYSTEM_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_SYSTEM_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES!r}"
    )
