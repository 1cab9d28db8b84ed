from typing import Literal

CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1 = Literal[
    "length", "stop"
]

CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_STOP_REASON_TYPE_3_TYPE_1_VALUES: set[
    CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1
] = {
    "length",
    "stop",
}


def check_create_chat_completion_response_200_choices_item_stop_reason_type_3_type_1(
    value: str,
) -> CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1:
    if (
        value
        in CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_STOP_REASON_TYPE_3_TYPE_1_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_200_CHOICES_ITEM_STOP_REASON_TYPE_3_TYPE_1_VALUES!r}"
    )
