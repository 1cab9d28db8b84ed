from typing import Literal

ResponsesAPIRequestFunctionCallType = Literal["function_call"]

RESPONSES_API_REQUEST_FUNCTION_CALL_TYPE_VALUES: set[
    ResponsesAPIRequestFunctionCallType
] = {
    "function_call",
}


def check_responses_api_request_function_call_type(
    value: str,
) -> ResponsesAPIRequestFunctionCallType:
    if value in RESPONSES_API_REQUEST_FUNCTION_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_FUNCTION_CALL_TYPE_VALUES!r}"
    )
