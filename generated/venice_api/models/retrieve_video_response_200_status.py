from typing import Literal

RetrieveVideoResponse200Status = Literal["COMPLETED", "PROCESSING"]

RETRIEVE_VIDEO_RESPONSE_200_STATUS_VALUES: set[RetrieveVideoResponse200Status] = {
    "COMPLETED",
    "PROCESSING",
}


def check_retrieve_video_response_200_status(
    value: str,
) -> RetrieveVideoResponse200Status:
    if value in RETRIEVE_VIDEO_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_VIDEO_RESPONSE_200_STATUS_VALUES!r}"
    )
