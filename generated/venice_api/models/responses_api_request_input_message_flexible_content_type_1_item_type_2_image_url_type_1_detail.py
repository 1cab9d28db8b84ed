from typing import Literal

ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1Detail = (
    Literal["auto", "high", "low"]
)

RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_CONTENT_TYPE_1_ITEM_TYPE_2_IMAGE_URL_TYPE_1_DETAIL_VALUES: set[
    ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1Detail
] = {
    "auto",
    "high",
    "low",
}


def check_responses_api_request_input_message_flexible_content_type_1_item_type_2_image_url_type_1_detail(
    value: str,
) -> ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1Detail:
    if (
        value
        in RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_CONTENT_TYPE_1_ITEM_TYPE_2_IMAGE_URL_TYPE_1_DETAIL_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_CONTENT_TYPE_1_ITEM_TYPE_2_IMAGE_URL_TYPE_1_DETAIL_VALUES!r}"
    )
