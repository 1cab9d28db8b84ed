from typing import Literal

InputAudioInputAudioObjectFormat = Literal[
    "aac", "aiff", "flac", "m4a", "mp3", "ogg", "pcm16", "pcm24", "wav"
]

INPUT_AUDIO_INPUT_AUDIO_OBJECT_FORMAT_VALUES: set[InputAudioInputAudioObjectFormat] = {
    "aac",
    "aiff",
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "pcm16",
    "pcm24",
    "wav",
}


def check_input_audio_input_audio_object_format(
    value: str,
) -> InputAudioInputAudioObjectFormat:
    if value in INPUT_AUDIO_INPUT_AUDIO_OBJECT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_AUDIO_INPUT_AUDIO_OBJECT_FORMAT_VALUES!r}"
    )
