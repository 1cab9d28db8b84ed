from typing import Literal

ChatCompletionRequestVeniceParametersEnableWebSearch = Literal["auto", "off", "on"]

CHAT_COMPLETION_REQUEST_VENICE_PARAMETERS_ENABLE_WEB_SEARCH_VALUES: set[
    ChatCompletionRequestVeniceParametersEnableWebSearch
] = {
    "auto",
    "off",
    "on",
}


def check_chat_completion_request_venice_parameters_enable_web_search(
    value: str,
) -> ChatCompletionRequestVeniceParametersEnableWebSearch:
    if value in CHAT_COMPLETION_REQUEST_VENICE_PARAMETERS_ENABLE_WEB_SEARCH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_VENICE_PARAMETERS_ENABLE_WEB_SEARCH_VALUES!r}"
    )
