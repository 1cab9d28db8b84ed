from typing import Literal

CreateChatCompletionResponse200ChoicesItemAssistantMessageTextCacheControlType = (
    Literal["ephemeral"]
)

CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_ASSISTANT_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES: set[
    CreateChatCompletionResponse200ChoicesItemAssistantMessageTextCacheControlType
] = {
    "ephemeral",
}


def check_create_chat_completion_response_200_choices_item_assistant_message_text_cache_control_type(
    value: str,
) -> CreateChatCompletionResponse200ChoicesItemAssistantMessageTextCacheControlType:
    if (
        value
        in CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_ASSISTANT_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_ASSISTANT_MESSAGE_TEXT_CACHE_CONTROL_TYPE_VALUES!r}"
    )
