from typing import Literal

ResponsesAPIRequestInputMessageInputImageImageUrlDetail = Literal["auto", "high", "low"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_INPUT_IMAGE_IMAGE_URL_DETAIL_VALUES: set[
    ResponsesAPIRequestInputMessageInputImageImageUrlDetail
] = {
    "auto",
    "high",
    "low",
}


def check_responses_api_request_input_message_input_image_image_url_detail(
    value: str,
) -> ResponsesAPIRequestInputMessageInputImageImageUrlDetail:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_INPUT_IMAGE_IMAGE_URL_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_INPUT_IMAGE_IMAGE_URL_DETAIL_VALUES!r}"
    )
