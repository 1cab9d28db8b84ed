from typing import Literal

ChatCompletionRequestUserMessageVideoUrlType = Literal["video_url"]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_VIDEO_URL_TYPE_VALUES: set[
    ChatCompletionRequestUserMessageVideoUrlType
] = {
    "video_url",
}


def check_chat_completion_request_user_message_video_url_type(
    value: str,
) -> ChatCompletionRequestUserMessageVideoUrlType:
    if value in CHAT_COMPLETION_REQUEST_USER_MESSAGE_VIDEO_URL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_VIDEO_URL_TYPE_VALUES!r}"
    )
