from typing import Literal

ResponsesAPIRequestFileSearchToolType = Literal["file_search"]

RESPONSES_API_REQUEST_FILE_SEARCH_TOOL_TYPE_VALUES: set[
    ResponsesAPIRequestFileSearchToolType
] = {
    "file_search",
}


def check_responses_api_request_file_search_tool_type(
    value: str,
) -> ResponsesAPIRequestFileSearchToolType:
    if value in RESPONSES_API_REQUEST_FILE_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_FILE_SEARCH_TOOL_TYPE_VALUES!r}"
    )
