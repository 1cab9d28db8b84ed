from typing import Literal

ChatCompletionRequestDeveloperMessageTextTextContentString = Literal["text"]

CHAT_COMPLETION_REQUEST_DEVELOPER_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES: set[
    ChatCompletionRequestDeveloperMessageTextTextContentString
] = {
    "text",
}


def check_chat_completion_request_developer_message_text_text_content_string(
    value: str,
) -> ChatCompletionRequestDeveloperMessageTextTextContentString:
    if (
        value
        in CHAT_COMPLETION_REQUEST_DEVELOPER_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_DEVELOPER_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES!r}"
    )
