from typing import Literal

InputAudioCacheControlType = Literal["ephemeral"]

INPUT_AUDIO_CACHE_CONTROL_TYPE_VALUES: set[InputAudioCacheControlType] = {
    "ephemeral",
}


def check_input_audio_cache_control_type(value: str) -> InputAudioCacheControlType:
    if value in INPUT_AUDIO_CACHE_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_AUDIO_CACHE_CONTROL_TYPE_VALUES!r}"
    )
