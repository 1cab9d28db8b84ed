from typing import Literal

CreateTranscriptionRequestSchemaModel = Literal[
    "elevenlabs/scribe-v2",
    "fal-ai/wizper",
    "nvidia/parakeet-tdt-0.6b-v3",
    "openai/whisper-large-v3",
    "stt-xai-v1",
]

CREATE_TRANSCRIPTION_REQUEST_SCHEMA_MODEL_VALUES: set[
    CreateTranscriptionRequestSchemaModel
] = {
    "elevenlabs/scribe-v2",
    "fal-ai/wizper",
    "nvidia/parakeet-tdt-0.6b-v3",
    "openai/whisper-large-v3",
    "stt-xai-v1",
}


def check_create_transcription_request_schema_model(
    value: str,
) -> CreateTranscriptionRequestSchemaModel:
    if value in CREATE_TRANSCRIPTION_REQUEST_SCHEMA_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSCRIPTION_REQUEST_SCHEMA_MODEL_VALUES!r}"
    )
