from typing import Literal

ResponsesAPIRequestWebSearchToolUserLocationType = Literal["approximate"]

RESPONSES_API_REQUEST_WEB_SEARCH_TOOL_USER_LOCATION_TYPE_VALUES: set[
    ResponsesAPIRequestWebSearchToolUserLocationType
] = {
    "approximate",
}


def check_responses_api_request_web_search_tool_user_location_type(
    value: str,
) -> ResponsesAPIRequestWebSearchToolUserLocationType:
    if value in RESPONSES_API_REQUEST_WEB_SEARCH_TOOL_USER_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_WEB_SEARCH_TOOL_USER_LOCATION_TYPE_VALUES!r}"
    )
