from typing import Literal

SimpleGenerateImageRequestModerationType2Type1 = Literal["auto", "low"]

SIMPLE_GENERATE_IMAGE_REQUEST_MODERATION_TYPE_2_TYPE_1_VALUES: set[
    SimpleGenerateImageRequestModerationType2Type1
] = {
    "auto",
    "low",
}


def check_simple_generate_image_request_moderation_type_2_type_1(
    value: str,
) -> SimpleGenerateImageRequestModerationType2Type1:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_MODERATION_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_MODERATION_TYPE_2_TYPE_1_VALUES!r}"
    )
