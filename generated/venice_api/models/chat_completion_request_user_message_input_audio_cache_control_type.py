from typing import Literal

ChatCompletionRequestUserMessageInputAudioCacheControlType = Literal["ephemeral"]

CHAT_COMPLETION_REQUEST_USER_MESSAGE_INPUT_AUDIO_CACHE_CONTROL_TYPE_VALUES: set[
    ChatCompletionRequestUserMessageInputAudioCacheControlType
] = {
    "ephemeral",
}


def check_chat_completion_request_user_message_input_audio_cache_control_type(
    value: str,
) -> ChatCompletionRequestUserMessageInputAudioCacheControlType:
    if (
        value
        in CHAT_COMPLETION_REQUEST_USER_MESSAGE_INPUT_AUDIO_CACHE_CONTROL_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_INPUT_AUDIO_CACHE_CONTROL_TYPE_VALUES!r}"
    )
