from typing import Literal

RetrieveAudioResponse200Status = Literal["PROCESSING"]

RETRIEVE_AUDIO_RESPONSE_200_STATUS_VALUES: set[RetrieveAudioResponse200Status] = {
    "PROCESSING",
}


def check_retrieve_audio_response_200_status(
    value: str,
) -> RetrieveAudioResponse200Status:
    if value in RETRIEVE_AUDIO_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_AUDIO_RESPONSE_200_STATUS_VALUES!r}"
    )
