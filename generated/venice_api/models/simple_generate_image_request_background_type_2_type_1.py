from typing import Literal

SimpleGenerateImageRequestBackgroundType2Type1 = Literal[
    "auto", "opaque", "transparent"
]

SIMPLE_GENERATE_IMAGE_REQUEST_BACKGROUND_TYPE_2_TYPE_1_VALUES: set[
    SimpleGenerateImageRequestBackgroundType2Type1
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_simple_generate_image_request_background_type_2_type_1(
    value: str,
) -> SimpleGenerateImageRequestBackgroundType2Type1:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_BACKGROUND_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_BACKGROUND_TYPE_2_TYPE_1_VALUES!r}"
    )
