from typing import Literal

ResponsesAPIRequestReasoningStatus = Literal["completed", "in_progress"]

RESPONSES_API_REQUEST_REASONING_STATUS_VALUES: set[
    ResponsesAPIRequestReasoningStatus
] = {
    "completed",
    "in_progress",
}


def check_responses_api_request_reasoning_status(
    value: str,
) -> ResponsesAPIRequestReasoningStatus:
    if value in RESPONSES_API_REQUEST_REASONING_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_REASONING_STATUS_VALUES!r}"
    )
