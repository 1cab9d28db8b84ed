from typing import Literal

ListModelsTypeType0 = Literal[
    "asr", "embedding", "image", "inpaint", "music", "text", "tts", "upscale", "video"
]

LIST_MODELS_TYPE_TYPE_0_VALUES: set[ListModelsTypeType0] = {
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


def check_list_models_type_type_0(value: str) -> ListModelsTypeType0:
    if value in LIST_MODELS_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODELS_TYPE_TYPE_0_VALUES!r}"
    )
