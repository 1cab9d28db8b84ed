from typing import Literal

ResponsesAPIRequestReasoningStatusType3Type1 = Literal["completed", "in_progress"]

RESPONSES_API_REQUEST_REASONING_STATUS_TYPE_3_TYPE_1_VALUES: set[
    ResponsesAPIRequestReasoningStatusType3Type1
] = {
    "completed",
    "in_progress",
}


def check_responses_api_request_reasoning_status_type_3_type_1(
    value: str,
) -> ResponsesAPIRequestReasoningStatusType3Type1:
    if value in RESPONSES_API_REQUEST_REASONING_STATUS_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_REASONING_STATUS_TYPE_3_TYPE_1_VALUES!r}"
    )
