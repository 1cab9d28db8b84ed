from typing import Literal

ResponsesAPIRequestInputMessageFlexibleInputTextType = Literal["input_text"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_INPUT_TEXT_TYPE_VALUES: set[
    ResponsesAPIRequestInputMessageFlexibleInputTextType
] = {
    "input_text",
}


def check_responses_api_request_input_message_flexible_input_text_type(
    value: str,
) -> ResponsesAPIRequestInputMessageFlexibleInputTextType:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_INPUT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_INPUT_TEXT_TYPE_VALUES!r}"
    )
