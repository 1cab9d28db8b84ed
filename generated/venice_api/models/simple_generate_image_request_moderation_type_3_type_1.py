from typing import Literal

SimpleGenerateImageRequestModerationType3Type1 = Literal["auto", "low"]

SIMPLE_GENERATE_IMAGE_REQUEST_MODERATION_TYPE_3_TYPE_1_VALUES: set[
    SimpleGenerateImageRequestModerationType3Type1
] = {
    "auto",
    "low",
}


def check_simple_generate_image_request_moderation_type_3_type_1(
    value: str,
) -> SimpleGenerateImageRequestModerationType3Type1:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_MODERATION_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_MODERATION_TYPE_3_TYPE_1_VALUES!r}"
    )
