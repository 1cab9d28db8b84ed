from typing import Literal

SimpleGenerateImageRequestBackgroundType1 = Literal["auto", "opaque", "transparent"]

SIMPLE_GENERATE_IMAGE_REQUEST_BACKGROUND_TYPE_1_VALUES: set[
    SimpleGenerateImageRequestBackgroundType1
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_simple_generate_image_request_background_type_1(
    value: str,
) -> SimpleGenerateImageRequestBackgroundType1:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_BACKGROUND_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_BACKGROUND_TYPE_1_VALUES!r}"
    )
