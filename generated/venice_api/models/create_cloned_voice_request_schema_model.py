from typing import Literal

CreateClonedVoiceRequestSchemaModel = Literal[
    "tts-chatterbox-hd", "tts-minimax-speech-02-hd"
]

CREATE_CLONED_VOICE_REQUEST_SCHEMA_MODEL_VALUES: set[
    CreateClonedVoiceRequestSchemaModel
] = {
    "tts-chatterbox-hd",
    "tts-minimax-speech-02-hd",
}


def check_create_cloned_voice_request_schema_model(
    value: str,
) -> CreateClonedVoiceRequestSchemaModel:
    if value in CREATE_CLONED_VOICE_REQUEST_SCHEMA_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CLONED_VOICE_REQUEST_SCHEMA_MODEL_VALUES!r}"
    )
