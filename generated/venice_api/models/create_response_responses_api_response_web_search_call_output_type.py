from typing import Literal

CreateResponseResponsesAPIResponseWebSearchCallOutputType = Literal["web_search_call"]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_TYPE_VALUES: set[
    CreateResponseResponsesAPIResponseWebSearchCallOutputType
] = {
    "web_search_call",
}


def check_create_response_responses_api_response_web_search_call_output_type(
    value: str,
) -> CreateResponseResponsesAPIResponseWebSearchCallOutputType:
    if (
        value
        in CREATE_RESPONSE_RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_TYPE_VALUES!r}"
    )
