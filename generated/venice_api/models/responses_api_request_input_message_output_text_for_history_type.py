from typing import Literal

ResponsesAPIRequestInputMessageOutputTextForHistoryType = Literal["output_text"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_OUTPUT_TEXT_FOR_HISTORY_TYPE_VALUES: set[
    ResponsesAPIRequestInputMessageOutputTextForHistoryType
] = {
    "output_text",
}


def check_responses_api_request_input_message_output_text_for_history_type(
    value: str,
) -> ResponsesAPIRequestInputMessageOutputTextForHistoryType:
    if value in RESPONSES_API_REQUEST_INPUT_MESSAGE_OUTPUT_TEXT_FOR_HISTORY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_OUTPUT_TEXT_FOR_HISTORY_TYPE_VALUES!r}"
    )
