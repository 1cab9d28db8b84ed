from typing import Literal

ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1Type = Literal["text"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_CONTENT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES: set[
    ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1Type
] = {
    "text",
}


def check_responses_api_request_input_message_flexible_content_type_1_item_type_1_type(
    value: str,
) -> ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1Type:
    if (
        value
        in RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_CONTENT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_CONTENT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES!r}"
    )
