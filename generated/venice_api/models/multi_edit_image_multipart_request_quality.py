from typing import Literal

MultiEditImageMultipartRequestQuality = Literal["high", "low", "medium"]

MULTI_EDIT_IMAGE_MULTIPART_REQUEST_QUALITY_VALUES: set[
    MultiEditImageMultipartRequestQuality
] = {
    "high",
    "low",
    "medium",
}


def check_multi_edit_image_multipart_request_quality(
    value: str,
) -> MultiEditImageMultipartRequestQuality:
    if value in MULTI_EDIT_IMAGE_MULTIPART_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_EDIT_IMAGE_MULTIPART_REQUEST_QUALITY_VALUES!r}"
    )
