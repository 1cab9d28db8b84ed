from typing import Literal

ResponsesAPIRequestFunctionCallOutputType = Literal["function_call_output"]

RESPONSES_API_REQUEST_FUNCTION_CALL_OUTPUT_TYPE_VALUES: set[
    ResponsesAPIRequestFunctionCallOutputType
] = {
    "function_call_output",
}


def check_responses_api_request_function_call_output_type(
    value: str,
) -> ResponsesAPIRequestFunctionCallOutputType:
    if value in RESPONSES_API_REQUEST_FUNCTION_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_FUNCTION_CALL_OUTPUT_TYPE_VALUES!r}"
    )
