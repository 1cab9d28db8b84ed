from typing import Literal

CreateChatCompletionResponse200ChoicesItemStopReason = Literal["length", "stop"]

CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_STOP_REASON_VALUES: set[
    CreateChatCompletionResponse200ChoicesItemStopReason
] = {
    "length",
    "stop",
}


def check_create_chat_completion_response_200_choices_item_stop_reason(
    value: str,
) -> CreateChatCompletionResponse200ChoicesItemStopReason:
    if value in CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_STOP_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_STOP_REASON_VALUES!r}"
    )
