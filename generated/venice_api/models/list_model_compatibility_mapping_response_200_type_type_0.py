from typing import Literal

ListModelCompatibilityMappingResponse200TypeType0 = Literal[
    "asr", "embedding", "image", "inpaint", "music", "text", "tts", "upscale", "video"
]

LIST_MODEL_COMPATIBILITY_MAPPING_RESPONSE_200_TYPE_TYPE_0_VALUES: set[
    ListModelCompatibilityMappingResponse200TypeType0
] = {
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


def check_list_model_compatibility_mapping_response_200_type_type_0(
    value: str,
) -> ListModelCompatibilityMappingResponse200TypeType0:
    if value in LIST_MODEL_COMPATIBILITY_MAPPING_RESPONSE_200_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODEL_COMPATIBILITY_MAPPING_RESPONSE_200_TYPE_TYPE_0_VALUES!r}"
    )
