from typing import Literal

ChatCompletionRequestSystemMessageTextCacheControlType = Literal["ephemeral"]

CHAT_COMPLETION_REQUEST_SYSTEM_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES: set[
    ChatCompletionRequestSystemMessageTextCacheControlType
] = {
    "ephemeral",
}


def check_chat_completion_request_system_message_text_cache_control_type(
    value: str,
) -> ChatCompletionRequestSystemMessageTextCacheControlType:
    if value in CHAT_COMPLETION_REQUEST_SYSTEM_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_SYSTEM_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES!r}"
    )
