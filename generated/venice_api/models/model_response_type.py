from typing import Literal

ModelResponseType = Literal[
    "asr", "embedding", "image", "inpaint", "music", "text", "tts", "upscale", "video"
]

MODEL_RESPONSE_TYPE_VALUES: set[ModelResponseType] = {
    "asr",
    "embedding",
    "image",
    "inpaint",
    "music",
    "text",
    "tts",
    "upscale",
    "video",
}


def check_model_response_type(value: str) -> ModelResponseType:
    if value in MODEL_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_TYPE_VALUES!r}"
    )
