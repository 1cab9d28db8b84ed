from typing import Literal

ModelResponseModelSpecTTSVoiceCloningMode = Literal["persistent", "zero_shot"]

MODEL_RESPONSE_MODEL_SPEC_TTS_VOICE_CLONING_MODE_VALUES: set[
    ModelResponseModelSpecTTSVoiceCloningMode
] = {
    "persistent",
    "zero_shot",
}


def check_model_response_model_spec_tts_voice_cloning_mode(
    value: str,
) -> ModelResponseModelSpecTTSVoiceCloningMode:
    if value in MODEL_RESPONSE_MODEL_SPEC_TTS_VOICE_CLONING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_TTS_VOICE_CLONING_MODE_VALUES!r}"
    )
