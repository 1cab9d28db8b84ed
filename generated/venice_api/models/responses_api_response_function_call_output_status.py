from typing import Literal

ResponsesAPIResponseFunctionCallOutputStatus = Literal["completed", "in_progress"]

RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_STATUS_VALUES: set[
    ResponsesAPIResponseFunctionCallOutputStatus
] = {
    "completed",
    "in_progress",
}


def check_responses_api_response_function_call_output_status(
    value: str,
) -> ResponsesAPIResponseFunctionCallOutputStatus:
    if value in RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_STATUS_VALUES!r}"
    )
