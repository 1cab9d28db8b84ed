from typing import Literal

ListModelTraitsResponse200TypeType0 = Literal[
    "asr", "embedding", "image", "inpaint", "music", "text", "tts", "upscale", "video"
]

LIST_MODEL_TRAITS_RESPONSE_200_TYPE_TYPE_0_VALUES: set[
    ListModelTraitsResponse200TypeType0
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


def check_list_model_traits_response_200_type_type_0(
    value: str,
) -> ListModelTraitsResponse200TypeType0:
    if value in LIST_MODEL_TRAITS_RESPONSE_200_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODEL_TRAITS_RESPONSE_200_TYPE_TYPE_0_VALUES!r}"
    )
