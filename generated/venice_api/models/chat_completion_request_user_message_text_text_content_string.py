from typing import Literal

ChatCompletionRequestUserMessageTextTextContentString = Literal["text"]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES: set[
    ChatCompletionRequestUserMessageTextTextContentString
] = {
    "text",
}


def check_chat_completion_request_user_message_text_text_content_string(
    value: str,
) -> ChatCompletionRequestUserMessageTextTextContentString:
    if value in CHAT_COMPLETION_REQUEST_USER_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES!r}"
    )
