from typing import Literal

ChatCompletionChunkObject = Literal["chat.completion.chunk"]

CHAT_COMPLETION_CHUNK_OBJECT_VALUES: set[ChatCompletionChunkObject] = {
    "chat.completion.chunk",
}


def check_chat_completion_chunk_object(value: str) -> ChatCompletionChunkObject:
    if value in CHAT_COMPLETION_CHUNK_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_CHUNK_OBJECT_VALUES!r}"
    )
