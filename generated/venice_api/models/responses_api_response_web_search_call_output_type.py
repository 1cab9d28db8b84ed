from typing import Literal

ResponsesAPIResponseWebSearchCallOutputType = Literal["web_search_call"]

RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_TYPE_VALUES: set[
    ResponsesAPIResponseWebSearchCallOutputType
] = {
    "web_search_call",
}


def check_responses_api_response_web_search_call_output_type(
    value: str,
) -> ResponsesAPIResponseWebSearchCallOutputType:
    if value in RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_TYPE_VALUES!r}"
    )
