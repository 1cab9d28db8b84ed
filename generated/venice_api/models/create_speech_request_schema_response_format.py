from typing import Literal

CreateSpeechRequestSchemaResponseFormat = Literal[
    "aac", "flac", "mp3", "opus", "pcm", "wav"
]

CREATE_SPEECH_REQUEST_SCHEMA_RESPONSE_FORMAT_VALUES: set[
    CreateSpeechRequestSchemaResponseFormat
] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm",
    "wav",
}


def check_create_speech_request_schema_response_format(
    value: str,
) -> CreateSpeechRequestSchemaResponseFormat:
    if value in CREATE_SPEECH_REQUEST_SCHEMA_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SPEECH_REQUEST_SCHEMA_RESPONSE_FORMAT_VALUES!r}"
    )
