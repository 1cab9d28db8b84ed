from typing import Literal

ResponsesAPIResponseMessageOutputRole = Literal["assistant"]

RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_ROLE_VALUES: set[
    ResponsesAPIResponseMessageOutputRole
] = {
    "assistant",
}


def check_responses_api_response_message_output_role(
    value: str,
) -> ResponsesAPIResponseMessageOutputRole:
    if value in RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_ROLE_VALUES!r}"
    )
