from typing import Literal

ResponsesAPIResponseMessageOutputType = Literal["message"]

RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_TYPE_VALUES: set[
    ResponsesAPIResponseMessageOutputType
] = {
    "message",
}


def check_responses_api_response_message_output_type(
    value: str,
) -> ResponsesAPIResponseMessageOutputType:
    if value in RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_TYPE_VALUES!r}"
    )
