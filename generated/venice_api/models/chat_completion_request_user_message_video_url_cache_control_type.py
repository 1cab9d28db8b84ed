from typing import Literal

ChatCompletionRequestUserMessageVideoUrlCacheControlType = Literal["ephemeral"]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_VIDEO_URL_CACHE_CONTROL_TYPE_VALUES: set[
    ChatCompletionRequestUserMessageVideoUrlCacheControlType
] = {
    "ephemeral",
}


def check_chat_completion_request_user_message_video_url_cache_control_type(
    value: str,
) -> ChatCompletionRequestUserMessageVideoUrlCacheControlType:
    if (
        value
        in CHAT_COMPLETION_REQUEST_USER_MESSAGE_VIDEO_URL_CACHE_CONTROL_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_VIDEO_URL_CACHE_CONTROL_TYPE_VALUES!r}"
    )
