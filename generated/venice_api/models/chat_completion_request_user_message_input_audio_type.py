from typing import Literal

ChatCompletionRequestUserMessageInputAudioType = Literal["input_audio"]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_INPUT_AUDIO_TYPE_VALUES: set[
    ChatCompletionRequestUserMessageInputAudioType
] = {
    "input_audio",
}


def check_chat_completion_request_user_message_input_audio_type(
    value: str,
) -> ChatCompletionRequestUserMessageInputAudioType:
    if value in CHAT_COMPLETION_REQUEST_USER_MESSAGE_INPUT_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_INPUT_AUDIO_TYPE_VALUES!r}"
    )
