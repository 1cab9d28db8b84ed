from typing import Literal

ResponsesAPIRequestFunctionCallStatus = Literal["completed", "in_progress"]

RESPONSES_API_REQUEST_FUNCTION_CALL_STATUS_VALUES: set[
    ResponsesAPIRequestFunctionCallStatus
] = {
    "completed",
    "in_progress",
}


def check_responses_api_request_function_call_status(
    value: str,
) -> ResponsesAPIRequestFunctionCallStatus:
    if value in RESPONSES_API_REQUEST_FUNCTION_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_FUNCTION_CALL_STATUS_VALUES!r}"
    )
