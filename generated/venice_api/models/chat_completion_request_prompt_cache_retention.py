from typing import Literal

ChatCompletionRequestPromptCacheRetention = Literal["24h", "default", "extended"]

CHAT_COMPLETION_REQUEST_PROMPT_CACHE_RETENTION_VALUES: set[
    ChatCompletionRequestPromptCacheRetention
] = {
    "24h",
    "default",
    "extended",
}


def check_chat_completion_request_prompt_cache_retention(
    value: str,
) -> ChatCompletionRequestPromptCacheRetention:
    if value in CHAT_COMPLETION_REQUEST_PROMPT_CACHE_RETENTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_PROMPT_CACHE_RETENTION_VALUES!r}"
    )
