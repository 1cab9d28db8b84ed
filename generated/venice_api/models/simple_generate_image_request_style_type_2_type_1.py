from typing import Literal

SimpleGenerateImageRequestStyleType2Type1 = Literal["natural", "vivid"]

SIMPLE_GENERATE_IMAGE_REQUEST_STYLE_TYPE_2_TYPE_1_VALUES: set[
    SimpleGenerateImageRequestStyleType2Type1
] = {
    "natural",
    "vivid",
}


def check_simple_generate_image_request_style_type_2_type_1(
    value: str,
) -> SimpleGenerateImageRequestStyleType2Type1:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_STYLE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_STYLE_TYPE_2_TYPE_1_VALUES!r}"
    )
