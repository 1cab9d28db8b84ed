from typing import Literal

ResponsesAPIRequestToolChoiceType3Type = Literal["function"]

RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_3_TYPE_VALUES: set[
    ResponsesAPIRequestToolChoiceType3Type
] = {
    "function",
}


def check_responses_api_request_tool_choice_type_3_type(
    value: str,
) -> ResponsesAPIRequestToolChoiceType3Type:
    if value in RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_3_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_3_TYPE_VALUES!r}"
    )
