from typing import Literal

ChatCompletionRequestAssistantMessageTextCacheControlType = Literal["ephemeral"]

CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES: set[
    ChatCompletionRequestAssistantMessageTextCacheControlType
] = {
    "ephemeral",
}


def check_chat_completion_request_assistant_message_text_cache_control_type(
    value: str,
) -> ChatCompletionRequestAssistantMessageTextCacheControlType:
    if (
        value
        in CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES!r}"
    )
