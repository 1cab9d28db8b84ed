from typing import Literal

ChatCompletionRequestUserMessageTextCacheControlType = Literal["ephemeral"]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES: set[
    ChatCompletionRequestUserMessageTextCacheControlType
] = {
    "ephemeral",
}


def check_chat_completion_request_user_message_text_cache_control_type(
    value: str,
) -> ChatCompletionRequestUserMessageTextCacheControlType:
    if value in CHAT_COMPLETION_REQUEST_USER_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES!r}"
    )
