from typing import Literal

ChatCompletionRequestDeveloperMessageTextCacheControlType = Literal["ephemeral"]

CHAT_COMPLETION_REQUEST_DEVELOPER_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES: set[
    ChatCompletionRequestDeveloperMessageTextCacheControlType
] = {
    "ephemeral",
}


def check_chat_completion_request_developer_message_text_cache_control_type(
    value: str,
) -> ChatCompletionRequestDeveloperMessageTextCacheControlType:
    if (
        value
        in CHAT_COMPLETION_REQUEST_DEVELOPER_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_DEVELOPER_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES!r}"
    )
