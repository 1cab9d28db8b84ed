from typing import Literal

SimpleGenerateImageRequestBackground = Literal["auto", "opaque", "transparent"]

SIMPLE_GENERATE_IMAGE_REQUEST_BACKGROUND_VALUES: set[
    SimpleGenerateImageRequestBackground
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_simple_generate_image_request_background(
    value: str,
) -> SimpleGenerateImageRequestBackground:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_BACKGROUND_VALUES!r}"
    )
