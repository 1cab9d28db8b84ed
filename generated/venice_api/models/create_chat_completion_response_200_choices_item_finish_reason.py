from typing import Literal

CreateChatCompletionResponse200ChoicesItemFinishReason = Literal[
    "length", "stop", "tool_calls"
]

CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_FINISH_REASON_VALUES: set[
    CreateChatCompletionResponse200ChoicesItemFinishReason
] = {
    "length",
    "stop",
    "tool_calls",
}


def check_create_chat_completion_response_200_choices_item_finish_reason(
    value: str,
) -> CreateChatCompletionResponse200ChoicesItemFinishReason:
    if value in CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_FINISH_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_FINISH_REASON_VALUES!r}"
    )
