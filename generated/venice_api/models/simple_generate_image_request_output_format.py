from typing import Literal

SimpleGenerateImageRequestOutputFormat = Literal["jpeg", "png", "webp"]

SIMPLE_GENERATE_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[
    SimpleGenerateImageRequestOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_simple_generate_image_request_output_format(
    value: str,
) -> SimpleGenerateImageRequestOutputFormat:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
