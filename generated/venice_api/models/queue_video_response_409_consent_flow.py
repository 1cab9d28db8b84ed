from typing import Literal

QueueVideoResponse409ConsentFlow = Literal["seedance"]

QUEUE_VIDEO_RESPONSE_409_CONSENT_FLOW_VALUES: set[QueueVideoResponse409ConsentFlow] = {
    "seedance",
}


def check_queue_video_response_409_consent_flow(
    value: str,
) -> QueueVideoResponse409ConsentFlow:
    if value in QUEUE_VIDEO_RESPONSE_409_CONSENT_FLOW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUEUE_VIDEO_RESPONSE_409_CONSENT_FLOW_VALUES!r}"
    )
