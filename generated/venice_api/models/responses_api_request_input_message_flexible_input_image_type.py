from typing import Literal

ResponsesAPIRequestInputMessageFlexibleInputImageType = Literal["input_image"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_INPUT_IMAGE_TYPE_VALUES: set[
    ResponsesAPIRequestInputMessageFlexibleInputImageType
] = {
    "input_image",
}


def check_responses_api_request_input_message_flexible_input_image_type(
    value: str,
) -> ResponsesAPIRequestInputMessageFlexibleInputImageType:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_INPUT_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_INPUT_IMAGE_TYPE_VALUES!r}"
    )
