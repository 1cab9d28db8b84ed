from typing import Literal

CreateChatCompletionResponse200ChoicesItemToolMessageRole = Literal["tool"]

CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_TOOL_MESSAGE_ROLE_VALUES: set[
    CreateChatCompletionResponse200ChoicesItemToolMessageRole
] = {
    "tool",
}


def check_create_chat_completion_response_200_choices_item_tool_message_role(
    value: str,
) -> CreateChatCompletionResponse200ChoicesItemToolMessageRole:
    if (
        value
        in CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_TOOL_MESSAGE_ROLE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_TOOL_MESSAGE_ROLE_VALUES!r}"
    )
