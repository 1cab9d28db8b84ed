from typing import Literal

MultiEditImageRequestQuality = Literal["high", "low", "medium"]

MULTI_EDIT_IMAGE_REQUEST_QUALITY_VALUES: set[MultiEditImageRequestQuality] = {
    "high",
    "low",
    "medium",
}


def check_multi_edit_image_request_quality(value: str) -> MultiEditImageRequestQuality:
    if value in MULTI_EDIT_IMAGE_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_EDIT_IMAGE_REQUEST_QUALITY_VALUES!r}"
    )
