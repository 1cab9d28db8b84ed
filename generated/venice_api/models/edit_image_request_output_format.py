from typing import Literal

EditImageRequestOutputFormat = Literal["jpeg", "png", "webp"]

EDIT_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[EditImageRequestOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_edit_image_request_output_format(value: str) -> EditImageRequestOutputFormat:
    if value in EDIT_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
