from typing import Literal

ResponsesAPIRequestToolChoiceType1 = Literal["none"]

RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_1_VALUES: set[
    ResponsesAPIRequestToolChoiceType1
] = {
    "none",
}


def check_responses_api_request_tool_choice_type_1(
    value: str,
) -> ResponsesAPIRequestToolChoiceType1:
    if value in RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_1_VALUES!r}"
    )
