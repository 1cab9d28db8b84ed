from typing import Literal

CreateResponseResponsesAPIResponseMessageOutputOutputTextType = Literal["output_text"]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_TYPE_VALUES: set[
    CreateResponseResponsesAPIResponseMessageOutputOutputTextType
] = {
    "output_text",
}


def check_create_response_responses_api_response_message_output_output_text_type(
    value: str,
) -> CreateResponseResponsesAPIResponseMessageOutputOutputTextType:
    if (
        value
        in CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_TYPE_VALUES!r}"
    )
