from typing import Literal

QueueVideoRequestUpscaleFactor = Literal[1, 2, 4]

QUEUE_VIDEO_REQUEST_UPSCALE_FACTOR_VALUES: set[QueueVideoRequestUpscaleFactor] = {
    1,
    2,
    4,
}


def check_queue_video_request_upscale_factor(
    value: int,
) -> QueueVideoRequestUpscaleFactor:
    if value in QUEUE_VIDEO_REQUEST_UPSCALE_FACTOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUEUE_VIDEO_REQUEST_UPSCALE_FACTOR_VALUES!r}"
    )
