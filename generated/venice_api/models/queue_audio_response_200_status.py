from typing import Literal

QueueAudioResponse200Status = Literal["QUEUED"]

QUEUE_AUDIO_RESPONSE_200_STATUS_VALUES: set[QueueAudioResponse200Status] = {
    "QUEUED",
}


def check_queue_audio_response_200_status(value: str) -> QueueAudioResponse200Status:
    if value in QUEUE_AUDIO_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUEUE_AUDIO_RESPONSE_200_STATUS_VALUES!r}"
    )
