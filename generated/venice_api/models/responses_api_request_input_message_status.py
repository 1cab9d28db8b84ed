from typing import Literal

ResponsesAPIRequestInputMessageStatus = Literal["completed", "in_progress"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_STATUS_VALUES: set[
    ResponsesAPIRequestInputMessageStatus
] = {
    "completed",
    "in_progress",
}


def check_responses_api_request_input_message_status(
    value: str,
) -> ResponsesAPIRequestInputMessageStatus:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_STATUS_VALUES!r}"
    )
