from typing import Literal

ListModelsResponse200TypeType0 = Literal[
    "asr", "embedding", "image", "inpaint", "music", "text", "tts", "upscale", "video"
]

LIST_MODELS_RESPONSE_200_TYPE_TYPE_0_VALUES: set[ListModelsResponse200TypeType0] = {
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


def check_list_models_response_200_type_type_0(
    value: str,
) -> ListModelsResponse200TypeType0:
    if value in LIST_MODELS_RESPONSE_200_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODELS_RESPONSE_200_TYPE_TYPE_0_VALUES!r}"
    )
