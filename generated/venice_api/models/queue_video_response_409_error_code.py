from typing import Literal

QueueVideoResponse409ErrorCode = Literal["needs_consent"]

QUEUE_VIDEO_RESPONSE_409_ERROR_CODE_VALUES: set[QueueVideoResponse409ErrorCode] = {
    "needs_consent",
}


def check_queue_video_response_409_error_code(
    value: str,
) -> QueueVideoResponse409ErrorCode:
    if value in QUEUE_VIDEO_RESPONSE_409_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUEUE_VIDEO_RESPONSE_409_ERROR_CODE_VALUES!r}"
    )
