from typing import Literal

QueueVideoResponse409FaceMediaRolesItem = Literal[
    "end_image", "image", "reference_image", "reference_video", "video"
]

QUEUE_VIDEO_RESPONSE_409_FACE_MEDIA_ROLES_ITEM_VALUES: set[
    QueueVideoResponse409FaceMediaRolesItem
] = {
    "end_image",
    "image",
    "reference_image",
    "reference_video",
    "video",
}


def check_queue_video_response_409_face_media_roles_item(
    value: str,
) -> QueueVideoResponse409FaceMediaRolesItem:
    if value in QUEUE_VIDEO_RESPONSE_409_FACE_MEDIA_ROLES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUEUE_VIDEO_RESPONSE_409_FACE_MEDIA_ROLES_ITEM_VALUES!r}"
    )
