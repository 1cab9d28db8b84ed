from typing import Literal

CreateVideoTranscriptionRequestSchemaResponseFormat = Literal["json", "text"]

CREATE_VIDEO_TRANSCRIPTION_REQUEST_SCHEMA_RESPONSE_FORMAT_VALUES: set[
    CreateVideoTranscriptionRequestSchemaResponseFormat
] = {
    "json",
    "text",
}


def check_create_video_transcription_request_schema_response_format(
    value: str,
) -> CreateVideoTranscriptionRequestSchemaResponseFormat:
    if value in CREATE_VIDEO_TRANSCRIPTION_REQUEST_SCHEMA_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_TRANSCRIPTION_REQUEST_SCHEMA_RESPONSE_FORMAT_VALUES!r}"
    )
