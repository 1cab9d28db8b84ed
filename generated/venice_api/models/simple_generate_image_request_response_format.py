from typing import Literal

SimpleGenerateImageRequestResponseFormat = Literal["b64_json", "url"]

SIMPLE_GENERATE_IMAGE_REQUEST_RESPONSE_FORMAT_VALUES: set[
    SimpleGenerateImageRequestResponseFormat
] = {
    "b64_json",
    "url",
}


def check_simple_generate_image_request_response_format(
    value: str,
) -> SimpleGenerateImageRequestResponseFormat:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_RESPONSE_FORMAT_VALUES!r}"
    )
