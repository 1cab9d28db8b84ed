from typing import Literal

CreateResponseResponsesAPIResponseMessageOutputType = Literal["message"]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_TYPE_VALUES: set[
    CreateResponseResponsesAPIResponseMessageOutputType
] = {
    "message",
}


def check_create_response_responses_api_response_message_output_type(
    value: str,
) -> CreateResponseResponsesAPIResponseMessageOutputType:
    if value in CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_TYPE_VALUES!r}"
    )
