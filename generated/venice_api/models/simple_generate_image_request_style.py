from typing import Literal

SimpleGenerateImageRequestStyle = Literal["natural", "vivid"]

SIMPLE_GENERATE_IMAGE_REQUEST_STYLE_VALUES: set[SimpleGenerateImageRequestStyle] = {
    "natural",
    "vivid",
}


def check_simple_generate_image_request_style(
    value: str,
) -> SimpleGenerateImageRequestStyle:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_STYLE_VALUES!r}"
    )
