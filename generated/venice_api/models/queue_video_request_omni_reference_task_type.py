from typing import Literal

QueueVideoRequestOmniReferenceTaskType = Literal["auto", "edit", "extend", "reference"]

QUEUE_VIDEO_REQUEST_OMNI_REFERENCE_TASK_TYPE_VALUES: set[
    QueueVideoRequestOmniReferenceTaskType
] = {
    "auto",
    "edit",
    "extend",
    "reference",
}


def check_queue_video_request_omni_reference_task_type(
    value: str,
) -> QueueVideoRequestOmniReferenceTaskType:
    if value in QUEUE_VIDEO_REQUEST_OMNI_REFERENCE_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUEUE_VIDEO_REQUEST_OMNI_REFERENCE_TASK_TYPE_VALUES!r}"
    )
