from typing import Literal

ChatCompletionRequestAssistantMessageTextTextContentString = Literal["text"]

CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES: set[
    ChatCompletionRequestAssistantMessageTextTextContentString
] = {
    "text",
}


def check_chat_completion_request_assistant_message_text_text_content_string(
    value: str,
) -> ChatCompletionRequestAssistantMessageTextTextContentString:
    if (
        value
        in CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES!r}"
    )
