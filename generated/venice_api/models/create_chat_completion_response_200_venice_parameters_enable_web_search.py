from typing import Literal

CreateChatCompletionResponse200VeniceParametersEnableWebSearch = Literal[
    "auto", "off", "on"
]

CREATE_CHAT_COMPLETION_RESPONSE_200_VENICE_PARAMETERS_ENABLE_WEB_SEARCH_VALUES: set[
    CreateChatCompletionResponse200VeniceParametersEnableWebSearch
] = {
    "auto",
    "off",
    "on",
}


def check_create_chat_completion_response_200_venice_parameters_enable_web_search(
    value: str,
) -> CreateChatCompletionResponse200VeniceParametersEnableWebSearch:
    if (
        value
        in CREATE_CHAT_COMPLETION_RESPONSE_200_VENICE_PARAMETERS_ENABLE_WEB_SEARCH_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_200_VENICE_PARAMETERS_ENABLE_WEB_SEARCH_VALUES!r}"
    )
