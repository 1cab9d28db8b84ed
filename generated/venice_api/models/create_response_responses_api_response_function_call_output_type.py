from typing import Literal

CreateResponseResponsesAPIResponseFunctionCallOutputType = Literal["function_call"]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_TYPE_VALUES: set[
    CreateResponseResponsesAPIResponseFunctionCallOutputType
] = {
    "function_call",
}


def check_create_response_responses_api_response_function_call_output_type(
    value: str,
) -> CreateResponseResponsesAPIResponseFunctionCallOutputType:
    if value in CREATE_RESPONSE_RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_TYPE_VALUES!r}"
    )
