from typing import Literal

ResponsesAPIRequestInputMessageFlexibleInputImageImageUrlDetail = Literal[
    "auto", "high", "low"
]

RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_INPUT_IMAGE_IMAGE_URL_DETAIL_VALUES: set[
    ResponsesAPIRequestInputMessageFlexibleInputImageImageUrlDetail
] = {
    "auto",
    "high",
    "low",
}


def check_responses_api_request_input_message_flexible_input_image_image_url_detail(
    value: str,
) -> ResponsesAPIRequestInputMessageFlexibleInputImageImageUrlDetail:
    if (
        value
        in RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_INPUT_IMAGE_IMAGE_URL_DETAIL_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_INPUT_IMAGE_IMAGE_URL_DETAIL_VALUES!r}"
    )
