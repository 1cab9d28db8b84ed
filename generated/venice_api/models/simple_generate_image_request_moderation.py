from typing import Literal

SimpleGenerateImageRequestModeration = Literal["auto", "low"]

SIMPLE_GENERATE_IMAGE_REQUEST_MODERATION_VALUES: set[
    SimpleGenerateImageRequestModeration
] = {
    "auto",
    "low",
}


def check_simple_generate_image_request_moderation(
    value: str,
) -> SimpleGenerateImageRequestModeration:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_MODERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_MODERATION_VALUES!r}"
    )
