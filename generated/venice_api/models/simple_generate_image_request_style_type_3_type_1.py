from typing import Literal

SimpleGenerateImageRequestStyleType3Type1 = Literal["natural", "vivid"]

SIMPLE_GENERATE_IMAGE_REQUEST_STYLE_TYPE_3_TYPE_1_VALUES: set[
    SimpleGenerateImageRequestStyleType3Type1
] = {
    "natural",
    "vivid",
}


def check_simple_generate_image_request_style_type_3_type_1(
    value: str,
) -> SimpleGenerateImageRequestStyleType3Type1:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_STYLE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_STYLE_TYPE_3_TYPE_1_VALUES!r}"
    )
