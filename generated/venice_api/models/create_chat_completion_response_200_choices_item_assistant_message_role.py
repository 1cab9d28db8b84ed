from typing import Literal

CreateChatCompletionResponse200ChoicesItemAssistantMessageRole = Literal["assistant"]

CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_ASSISTANT_MESSAGE_ROLE_VALUES: set[
    CreateChatCompletionResponse200ChoicesItemAssistantMessageRole
] = {
    "assistant",
}


def check_create_chat_completion_response_200_choices_item_assistant_message_role(
    value: str,
) -> CreateChatCompletionResponse200ChoicesItemAssistantMessageRole:
    if (
        value
        in CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_ASSISTANT_MESSAGE_ROLE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_ASSISTANT_MESSAGE_ROLE_VALUES!r}"
    )
