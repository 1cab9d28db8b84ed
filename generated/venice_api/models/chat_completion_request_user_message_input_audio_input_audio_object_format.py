from typing import Literal

ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat = Literal[
    "aac", "aiff", "flac", "m4a", "mp3", "ogg", "pcm16", "pcm24", "wav"
]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_INPUT_AUDIO_INPUT_AUDIO_OBJECT_FORMAT_VALUES: set[
    ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat
] = {
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


def check_chat_completion_request_user_message_input_audio_input_audio_object_format(
    value: str,
) -> ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat:
    if (
        value
        in CHAT_COMPLETION_REQUEST_USER_MESSAGE_INPUT_AUDIO_INPUT_AUDIO_OBJECT_FORMAT_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_INPUT_AUDIO_INPUT_AUDIO_OBJECT_FORMAT_VALUES!r}"
    )
