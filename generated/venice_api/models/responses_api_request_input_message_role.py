from typing import Literal

ResponsesAPIRequestInputMessageRole = Literal[
    "assistant", "developer", "system", "user"
]

RESPONSES_API_REQUEST_INPUT_MESSAGE_ROLE_VALUES: set[
    ResponsesAPIRequestInputMessageRole
] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_responses_api_request_input_message_role(
    value: str,
) -> ResponsesAPIRequestInputMessageRole:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_ROLE_VALUES!r}"
    )
