from typing import Literal

ResponsesAPIResponseMessageOutputStatus = Literal["completed", "failed", "in_progress"]

RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_STATUS_VALUES: set[
    ResponsesAPIResponseMessageOutputStatus
] = {
    "completed",
    "failed",
    "in_progress",
}


def check_responses_api_response_message_output_status(
    value: str,
) -> ResponsesAPIResponseMessageOutputStatus:
    if value in RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_STATUS_VALUES!r}"
    )
