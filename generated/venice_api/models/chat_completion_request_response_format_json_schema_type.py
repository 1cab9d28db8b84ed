from typing import Literal

ChatCompletionRequestResponseFormatJsonSchemaType = Literal["json_schema"]

CHAT_COMPLETION_REQUEST_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES: set[
    ChatCompletionRequestResponseFormatJsonSchemaType
] = {
    "json_schema",
}


def check_chat_completion_request_response_format_json_schema_type(
    value: str,
) -> ChatCompletionRequestResponseFormatJsonSchemaType:
    if value in CHAT_COMPLETION_REQUEST_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES!r}"
    )
