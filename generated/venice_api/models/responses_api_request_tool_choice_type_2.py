from typing import Literal

ResponsesAPIRequestToolChoiceType2 = Literal["required"]

RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_2_VALUES: set[
    ResponsesAPIRequestToolChoiceType2
] = {
    "required",
}


def check_responses_api_request_tool_choice_type_2(
    value: str,
) -> ResponsesAPIRequestToolChoiceType2:
    if value in RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_2_VALUES!r}"
    )
