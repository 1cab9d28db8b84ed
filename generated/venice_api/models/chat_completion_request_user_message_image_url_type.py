from typing import Literal

ChatCompletionRequestUserMessageImageUrlType = Literal["image_url"]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_IMAGE_URL_TYPE_VALUES: set[
    ChatCompletionRequestUserMessageImageUrlType
] = {
    "image_url",
}


def check_chat_completion_request_user_message_image_url_type(
    value: str,
) -> ChatCompletionRequestUserMessageImageUrlType:
    if value in CHAT_COMPLETION_REQUEST_USER_MESSAGE_IMAGE_URL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_IMAGE_URL_TYPE_VALUES!r}"
    )
