from typing import Literal

MultiEditImageRequestOutputFormat = Literal["jpeg", "png", "webp"]

MULTI_EDIT_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[
    MultiEditImageRequestOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_multi_edit_image_request_output_format(
    value: str,
) -> MultiEditImageRequestOutputFormat:
    if value in MULTI_EDIT_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_EDIT_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
