from typing import Literal

ResponsesAPIRequestXSearchToolType = Literal["x_search"]

RESPONSES_API_REQUEST_X_SEARCH_TOOL_TYPE_VALUES: set[
    ResponsesAPIRequestXSearchToolType
] = {
    "x_search",
}


def check_responses_api_request_x_search_tool_type(
    value: str,
) -> ResponsesAPIRequestXSearchToolType:
    if value in RESPONSES_API_REQUEST_X_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_X_SEARCH_TOOL_TYPE_VALUES!r}"
    )
