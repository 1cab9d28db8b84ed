from typing import Literal

CreateChatCompletionResponse200ChoicesItemAssistantMessageTextTextContentString = (
    Literal["text"]
)

CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_ASSISTANT_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES: set[
    CreateChatCompletionResponse200ChoicesItemAssistantMessageTextTextContentString
] = {
    "text",
}


def check_create_chat_completion_response_200_choices_item_assistant_message_text_text_content_string(
    value: str,
) -> CreateChatCompletionResponse200ChoicesItemAssistantMessageTextTextContentString:
    if (
        value
        in CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_ASSISTANT_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_ASSISTANT_MESSAGE_TEXT_TEXT_CONTENT_STRING_VALUES!r}"
    )
