from typing import Literal

ResponsesAPIRequestInputMessageFlexibleStatus = Literal["completed", "in_progress"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_STATUS_VALUES: set[
    ResponsesAPIRequestInputMessageFlexibleStatus
] = {
    "completed",
    "in_progress",
}


def check_responses_api_request_input_message_flexible_status(
    value: str,
) -> ResponsesAPIRequestInputMessageFlexibleStatus:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_STATUS_VALUES!r}"
    )
