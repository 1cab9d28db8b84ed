from typing import Literal

ResponsesAPIRequestInputMessageFlexibleOutputTextForHistoryType = Literal["output_text"]

RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_OUTPUT_TEXT_FOR_HISTORY_TYPE_VALUES: set[
    ResponsesAPIRequestInputMessageFlexibleOutputTextForHistoryType
] = {
    "output_text",
}


def check_responses_api_request_input_message_flexible_output_text_for_history_type(
    value: str,
) -> ResponsesAPIRequestInputMessageFlexibleOutputTextForHistoryType:
    if (
        value
        in RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_OUTPUT_TEXT_FOR_HISTORY_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_INPUT_MESSAGE_FLEXIBLE_OUTPUT_TEXT_FOR_HISTORY_TYPE_VALUES!r}"
    )
