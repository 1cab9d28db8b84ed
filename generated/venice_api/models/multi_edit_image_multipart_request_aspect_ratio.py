from typing import Literal

MultiEditImageMultipartRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:5", "9:16", "auto"
]

MULTI_EDIT_IMAGE_MULTIPART_REQUEST_ASPECT_RATIO_VALUES: set[
    MultiEditImageMultipartRequestAspectRatio
] = {
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


def check_multi_edit_image_multipart_request_aspect_ratio(
    value: str,
) -> MultiEditImageMultipartRequestAspectRatio:
    if value in MULTI_EDIT_IMAGE_MULTIPART_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_EDIT_IMAGE_MULTIPART_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
