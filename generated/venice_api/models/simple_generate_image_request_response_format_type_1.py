from typing import Literal

SimpleGenerateImageRequestResponseFormatType1 = Literal["b64_json", "url"]

SIMPLE_GENERATE_IMAGE_REQUEST_RESPONSE_FORMAT_TYPE_1_VALUES: set[
    SimpleGenerateImageRequestResponseFormatType1
] = {
    "b64_json",
    "url",
}


def check_simple_generate_image_request_response_format_type_1(
    value: str,
) -> SimpleGenerateImageRequestResponseFormatType1:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_RESPONSE_FORMAT_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_RESPONSE_FORMAT_TYPE_1_VALUES!r}"
    )
