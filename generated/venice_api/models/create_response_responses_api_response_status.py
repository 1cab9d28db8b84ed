from typing import Literal

CreateResponseResponsesAPIResponseStatus = Literal[
    "cancelled", "completed", "failed", "in_progress"
]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_STATUS_VALUES: set[
    CreateResponseResponsesAPIResponseStatus
] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_create_response_responses_api_response_status(
    value: str,
) -> CreateResponseResponsesAPIResponseStatus:
    if value in CREATE_RESPONSE_RESPONSES_API_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_STATUS_VALUES!r}"
    )
