from typing import Literal

ResponsesAPIRequestToolChoiceType0 = Literal["auto"]

RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_0_VALUES: set[
    ResponsesAPIRequestToolChoiceType0
] = {
    "auto",
}


def check_responses_api_request_tool_choice_type_0(
    value: str,
) -> ResponsesAPIRequestToolChoiceType0:
    if value in RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_TOOL_CHOICE_TYPE_0_VALUES!r}"
    )
