from typing import Literal

ResponsesAPIRequestInputMessageInputImageType = Literal["input_image"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_INPUT_IMAGE_TYPE_VALUES: set[
    ResponsesAPIRequestInputMessageInputImageType
] = {
    "input_image",
}


def check_responses_api_request_input_message_input_image_type(
    value: str,
) -> ResponsesAPIRequestInputMessageInputImageType:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_INPUT_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_INPUT_IMAGE_TYPE_VALUES!r}"
    )
