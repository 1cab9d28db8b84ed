from typing import Literal

ChatCompletionRequestUserMessageFileType = Literal["file"]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_FILE_TYPE_VALUES: set[
    ChatCompletionRequestUserMessageFileType
] = {
    "file",
}


def check_chat_completion_request_user_message_file_type(
    value: str,
) -> ChatCompletionRequestUserMessageFileType:
    if value in CHAT_COMPLETION_REQUEST_USER_MESSAGE_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_FILE_TYPE_VALUES!r}"
    )
