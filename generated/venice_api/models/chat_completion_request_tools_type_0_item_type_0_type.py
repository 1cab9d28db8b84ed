from typing import Literal

ChatCompletionRequestToolsType0ItemType0Type = Literal["web_search", "x_search"]

CHAT_COMPLETION_REQUEST_TOOLS_TYPE_0_ITEM_TYPE_0_TYPE_VALUES: set[
    ChatCompletionRequestToolsType0ItemType0Type
] = {
    "web_search",
    "x_search",
}


def check_chat_completion_request_tools_type_0_item_type_0_type(
    value: str,
) -> ChatCompletionRequestToolsType0ItemType0Type:
    if value in CHAT_COMPLETION_REQUEST_TOOLS_TYPE_0_ITEM_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_TOOLS_TYPE_0_ITEM_TYPE_0_TYPE_VALUES!r}"
    )
