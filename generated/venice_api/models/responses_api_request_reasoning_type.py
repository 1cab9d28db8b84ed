from typing import Literal

ResponsesAPIRequestReasoningType = Literal["reasoning"]

RESPONSES_API_REQUEST_REASONING_TYPE_VALUES: set[ResponsesAPIRequestReasoningType] = {
    "reasoning",
}


def check_responses_api_request_reasoning_type(
    value: str,
) -> ResponsesAPIRequestReasoningType:
    if value in RESPONSES_API_REQUEST_REASONING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_REASONING_TYPE_VALUES!r}"
    )
