from typing import Literal

ResponsesAPIRequestInputMessageInputTextType = Literal["input_text"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_INPUT_TEXT_TYPE_VALUES: set[
    ResponsesAPIRequestInputMessageInputTextType
] = {
    "input_text",
}


def check_responses_api_request_input_message_input_text_type(
    value: str,
) -> ResponsesAPIRequestInputMessageInputTextType:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_INPUT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_INPUT_TEXT_TYPE_VALUES!r}"
    )
