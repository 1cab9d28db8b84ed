from typing import Literal

ListModelTraitsType = Literal[
    "asr", "embedding", "image", "inpaint", "music", "text", "tts", "upscale", "video"
]

LIST_MODEL_TRAITS_TYPE_VALUES: set[ListModelTraitsType] = {
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


def check_list_model_traits_type(value: str) -> ListModelTraitsType:
    if value in LIST_MODEL_TRAITS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODEL_TRAITS_TYPE_VALUES!r}"
    )
