from typing import Literal

SimpleGenerateImageRequestQuality = Literal[
    "auto", "hd", "high", "low", "medium", "standard"
]

SIMPLE_GENERATE_IMAGE_REQUEST_QUALITY_VALUES: set[SimpleGenerateImageRequestQuality] = {
    "auto",
    "hd",
    "high",
    "low",
    "medium",
    "standard",
}


def check_simple_generate_image_request_quality(
    value: str,
) -> SimpleGenerateImageRequestQuality:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_QUALITY_VALUES!r}"
    )
