from typing import Literal

EditImageRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:5", "9:16", "auto"
]

EDIT_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[EditImageRequestAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:5",
    "9:16",
    "auto",
}


def check_edit_image_request_aspect_ratio(value: str) -> EditImageRequestAspectRatio:
    if value in EDIT_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
