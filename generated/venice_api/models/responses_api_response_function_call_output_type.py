from typing import Literal

ResponsesAPIResponseFunctionCallOutputType = Literal["function_call"]

RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_TYPE_VALUES: set[
    ResponsesAPIResponseFunctionCallOutputType
] = {
    "function_call",
}


def check_responses_api_response_function_call_output_type(
    value: str,
) -> ResponsesAPIResponseFunctionCallOutputType:
    if value in RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_TYPE_VALUES!r}"
    )
