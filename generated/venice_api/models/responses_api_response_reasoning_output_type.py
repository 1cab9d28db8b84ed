from typing import Literal

ResponsesAPIResponseReasoningOutputType = Literal["reasoning"]

RESPONSES_API_RESPONSE_REASONING_OUTPUT_TYPE_VALUES: set[
    ResponsesAPIResponseReasoningOutputType
] = {
    "reasoning",
}


def check_responses_api_response_reasoning_output_type(
    value: str,
) -> ResponsesAPIResponseReasoningOutputType:
    if value in RESPONSES_API_RESPONSE_REASONING_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_REASONING_OUTPUT_TYPE_VALUES!r}"
    )
