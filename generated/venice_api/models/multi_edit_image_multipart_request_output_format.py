from typing import Literal

MultiEditImageMultipartRequestOutputFormat = Literal["jpeg", "png", "webp"]

MULTI_EDIT_IMAGE_MULTIPART_REQUEST_OUTPUT_FORMAT_VALUES: set[
    MultiEditImageMultipartRequestOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_multi_edit_image_multipart_request_output_format(
    value: str,
) -> MultiEditImageMultipartRequestOutputFormat:
    if value in MULTI_EDIT_IMAGE_MULTIPART_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_EDIT_IMAGE_MULTIPART_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
