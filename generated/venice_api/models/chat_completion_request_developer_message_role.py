from typing import Literal

ChatCompletionRequestDeveloperMessageRole = Literal["developer"]

CHAT_COMPLETION_REQUEST_DEVELOPER_MESSAGE_ROLE_VALUES: set[
    ChatCompletionRequestDeveloperMessageRole
] = {
    "developer",
}


def check_chat_completion_request_developer_message_role(
    value: str,
) -> ChatCompletionRequestDeveloperMessageRole:
    if value in CHAT_COMPLETION_REQUEST_DEVELOPER_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_DEVELOPER_MESSAGE_ROLE_VALUES!r}"
    )
