from typing import Literal

ChatCompletionRequestUserMessageFileCacheControlType = Literal["ephemeral"]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_FILE_CACHE_CONTROL_TYPE_VALUES: set[
    ChatCompletionRequestUserMessageFileCacheControlType
] = {
    "ephemeral",
}


def check_chat_completion_request_user_message_file_cache_control_type(
    value: str,
) -> ChatCompletionRequestUserMessageFileCacheControlType:
    if value in CHAT_COMPLETION_REQUEST_USER_MESSAGE_FILE_CACHE_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_FILE_CACHE_CONTROL_TYPE_VALUES!r}"
    )
