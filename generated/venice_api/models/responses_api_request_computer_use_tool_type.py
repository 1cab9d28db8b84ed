from typing import Literal

ResponsesAPIRequestComputerUseToolType = Literal["computer_use_preview"]

RESPONSES_API_REQUEST_COMPUTER_USE_TOOL_TYPE_VALUES: set[
    ResponsesAPIRequestComputerUseToolType
] = {
    "computer_use_preview",
}


def check_responses_api_request_computer_use_tool_type(
    value: str,
) -> ResponsesAPIRequestComputerUseToolType:
    if value in RESPONSES_API_REQUEST_COMPUTER_USE_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_COMPUTER_USE_TOOL_TYPE_VALUES!r}"
    )
