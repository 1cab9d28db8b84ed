from typing import Literal

CreateResponseResponsesAPIResponseReasoningOutputType = Literal["reasoning"]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_REASONING_OUTPUT_TYPE_VALUES: set[
    CreateResponseResponsesAPIResponseReasoningOutputType
] = {
    "reasoning",
}


def check_create_response_responses_api_response_reasoning_output_type(
    value: str,
) -> CreateResponseResponsesAPIResponseReasoningOutputType:
    if value in CREATE_RESPONSE_RESPONSES_API_RESPONSE_REASONING_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_REASONING_OUTPUT_TYPE_VALUES!r}"
    )
