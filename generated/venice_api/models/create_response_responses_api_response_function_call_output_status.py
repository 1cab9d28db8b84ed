from typing import Literal

CreateResponseResponsesAPIResponseFunctionCallOutputStatus = Literal[
    "completed", "in_progress"
]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_STATUS_VALUES: set[
    CreateResponseResponsesAPIResponseFunctionCallOutputStatus
] = {
    "completed",
    "in_progress",
}


def check_create_response_responses_api_response_function_call_output_status(
    value: str,
) -> CreateResponseResponsesAPIResponseFunctionCallOutputStatus:
    if (
        value
        in CREATE_RESPONSE_RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_STATUS_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_FUNCTION_CALL_OUTPUT_STATUS_VALUES!r}"
    )
