from typing import Literal

CreateResponseResponsesAPIResponseMessageOutputStatus = Literal[
    "completed", "failed", "in_progress"
]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_STATUS_VALUES: set[
    CreateResponseResponsesAPIResponseMessageOutputStatus
] = {
    "completed",
    "failed",
    "in_progress",
}


def check_create_response_responses_api_response_message_output_status(
    value: str,
) -> CreateResponseResponsesAPIResponseMessageOutputStatus:
    if value in CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_STATUS_VALUES!r}"
    )
