from typing import Literal

ResponsesAPIResponseMessageOutputOutputTextType = Literal["output_text"]

RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_TYPE_VALUES: set[
    ResponsesAPIResponseMessageOutputOutputTextType
] = {
    "output_text",
}


def check_responses_api_response_message_output_output_text_type(
    value: str,
) -> ResponsesAPIResponseMessageOutputOutputTextType:
    if value in RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_TYPE_VALUES!r}"
    )
