from typing import Literal

ResponsesAPIRequestWebSearchToolType = Literal["web_search"]

RESPONSES_API_REQUEST_WEB_SEARCH_TOOL_TYPE_VALUES: set[
    ResponsesAPIRequestWebSearchToolType
] = {
    "web_search",
}


def check_responses_api_request_web_search_tool_type(
    value: str,
) -> ResponsesAPIRequestWebSearchToolType:
    if value in RESPONSES_API_REQUEST_WEB_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_WEB_SEARCH_TOOL_TYPE_VALUES!r}"
    )
