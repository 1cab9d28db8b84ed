from typing import Literal

CreateChatCompletionResponse200Object = Literal["chat.completion"]

CREATE_CHAT_COMPLETION_RESPONSE_200_OBJECT_VALUES: set[
    CreateChatCompletionResponse200Object
] = {
    "chat.completion",
}


def check_create_chat_completion_response_200_object(
    value: str,
) -> CreateChatCompletionResponse200Object:
    if value in CREATE_CHAT_COMPLETION_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_200_OBJECT_VALUES!r}"
    )
