from typing import Literal

ResponsesAPIRequestItemReferenceType = Literal["item_reference"]

RESPONSES_API_REQUEST_ITEM_REFERENCE_TYPE_VALUES: set[
    ResponsesAPIRequestItemReferenceType
] = {
    "item_reference",
}


def check_responses_api_request_item_reference_type(
    value: str,
) -> ResponsesAPIRequestItemReferenceType:
    if value in RESPONSES_API_REQUEST_ITEM_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_ITEM_REFERENCE_TYPE_VALUES!r}"
    )
