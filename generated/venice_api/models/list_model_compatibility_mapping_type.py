from typing import Literal

ListModelCompatibilityMappingType = Literal[
    "asr", "embedding", "image", "inpaint", "music", "text", "tts", "upscale", "video"
]

LIST_MODEL_COMPATIBILITY_MAPPING_TYPE_VALUES: set[ListModelCompatibilityMappingType] = {
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


def check_list_model_compatibility_mapping_type(
    value: str,
) -> ListModelCompatibilityMappingType:
    if value in LIST_MODEL_COMPATIBILITY_MAPPING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODEL_COMPATIBILITY_MAPPING_TYPE_VALUES!r}"
    )
