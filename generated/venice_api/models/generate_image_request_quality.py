from typing import Literal

GenerateImageRequestQuality = Literal["high", "low", "medium"]

GENERATE_IMAGE_REQUEST_QUALITY_VALUES: set[GenerateImageRequestQuality] = {
    "high",
    "low",
    "medium",
}


def check_generate_image_request_quality(value: str) -> GenerateImageRequestQuality:
    if value in GENERATE_IMAGE_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_IMAGE_REQUEST_QUALITY_VALUES!r}"
    )
