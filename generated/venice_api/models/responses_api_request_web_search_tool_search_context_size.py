from typing import Literal

ResponsesAPIRequestWebSearchToolSearchContextSize = Literal["high", "low", "medium"]

RESPONSES_API_REQUEST_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES: set[
    ResponsesAPIRequestWebSearchToolSearchContextSize
] = {
    "high",
    "low",
    "medium",
}


def check_responses_api_request_web_search_tool_search_context_size(
    value: str,
) -> ResponsesAPIRequestWebSearchToolSearchContextSize:
    if value in RESPONSES_API_REQUEST_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES!r}"
    )
