from typing import Literal

ResponsesAPIRequestInputMessageFlexibleRole = Literal[
    "assistant", "developer", "system", "user"
]

RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_ROLE_VALUES: set[
    ResponsesAPIRequestInputMessageFlexibleRole
] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_responses_api_request_input_message_flexible_role(
    value: str,
) -> ResponsesAPIRequestInputMessageFlexibleRole:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_ROLE_VALUES!r}"
    )
