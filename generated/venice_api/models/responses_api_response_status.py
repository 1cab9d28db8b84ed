from typing import Literal

ResponsesAPIResponseStatus = Literal["cancelled", "completed", "failed", "in_progress"]

RESPONSES_API_RESPONSE_STATUS_VALUES: set[ResponsesAPIResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_responses_api_response_status(value: str) -> ResponsesAPIResponseStatus:
    if value in RESPONSES_API_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_STATUS_VALUES!r}"
    )
