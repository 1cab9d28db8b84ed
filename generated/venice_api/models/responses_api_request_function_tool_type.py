from typing import Literal

ResponsesAPIRequestFunctionToolType = Literal["function"]

RESPONSES_API_REQUEST_FUNCTION_TOOL_TYPE_VALUES: set[
    ResponsesAPIRequestFunctionToolType
] = {
    "function",
}


def check_responses_api_request_function_tool_type(
    value: str,
) -> ResponsesAPIRequestFunctionToolType:
    if value in RESPONSES_API_REQUEST_FUNCTION_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_FUNCTION_TOOL_TYPE_VALUES!r}"
    )
