from typing import Literal

ChatCompletionRequestResponseFormatJsonObjectType = Literal["json_object"]

CHAT_COMPLETION_REQUEST_RESPONSE_FORMAT_JSON_OBJECT_TYPE_VALUES: set[
    ChatCompletionRequestResponseFormatJsonObjectType
] = {
    "json_object",
}


def check_chat_completion_request_response_format_json_object_type(
    value: str,
) -> ChatCompletionRequestResponseFormatJsonObjectType:
    if value in CHAT_COMPLETION_REQUEST_RESPONSE_FORMAT_JSON_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_RESPONSE_FORMAT_JSON_OBJECT_TYPE_VALUES!r}"
    )
