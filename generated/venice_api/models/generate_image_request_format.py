from typing import Literal

GenerateImageRequestFormat = Literal["jpeg", "png", "webp"]

GENERATE_IMAGE_REQUEST_FORMAT_VALUES: set[GenerateImageRequestFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_generate_image_request_format(value: str) -> GenerateImageRequestFormat:
    if value in GENERATE_IMAGE_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_IMAGE_REQUEST_FORMAT_VALUES!r}"
    )
