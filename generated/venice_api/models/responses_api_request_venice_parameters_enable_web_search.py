from typing import Literal

ResponsesAPIRequestVeniceParametersEnableWebSearch = Literal["auto", "off", "on"]

RESPONSES_API_REQUEST_VENICE_PARAMETERS_ENABLE_WEB_SEARCH_VALUES: set[
    ResponsesAPIRequestVeniceParametersEnableWebSearch
] = {
    "auto",
    "off",
    "on",
}


def check_responses_api_request_venice_parameters_enable_web_search(
    value: str,
) -> ResponsesAPIRequestVeniceParametersEnableWebSearch:
    if value in RESPONSES_API_REQUEST_VENICE_PARAMETERS_ENABLE_WEB_SEARCH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_VENICE_PARAMETERS_ENABLE_WEB_SEARCH_VALUES!r}"
    )
