from typing import Literal

CreateSpeechRequestSchemaModel = Literal[
    "tts-chatterbox-hd",
    "tts-elevenlabs-turbo-v2-5",
    "tts-gemini-3-1-flash",
    "tts-gradium-v1",
    "tts-inworld-1-5-max",
    "tts-kokoro",
    "tts-minimax-speech-02-hd",
    "tts-orpheus",
    "tts-qwen3-0-6b",
    "tts-qwen3-1-7b",
    "tts-xai-v1",
]

CREATE_SPEECH_REQUEST_SCHEMA_MODEL_VALUES: set[CreateSpeechRequestSchemaModel] = {
    "tts-chatterbox-hd",
    "tts-elevenlabs-turbo-v2-5",
    "tts-gemini-3-1-flash",
    "tts-gradium-v1",
    "tts-inworld-1-5-max",
    "tts-kokoro",
    "tts-minimax-speech-02-hd",
    "tts-orpheus",
    "tts-qwen3-0-6b",
    "tts-qwen3-1-7b",
    "tts-xai-v1",
}


def check_create_speech_request_schema_model(
    value: str,
) -> CreateSpeechRequestSchemaModel:
    if value in CREATE_SPEECH_REQUEST_SCHEMA_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SPEECH_REQUEST_SCHEMA_MODEL_VALUES!r}"
    )
