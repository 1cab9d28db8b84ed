from typing import Literal

ResponsesAPIRequestInputMessageType = Literal["message"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_TYPE_VALUES: set[
    ResponsesAPIRequestInputMessageType
] = {
    "message",
}


def check_responses_api_request_input_message_type(
    value: str,
) -> ResponsesAPIRequestInputMessageType:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_TYPE_VALUES!r}"
    )
