from typing import Literal

ResponsesAPIResponseWebSearchCallOutputStatus = Literal["completed"]

RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_STATUS_VALUES: set[
    ResponsesAPIResponseWebSearchCallOutputStatus
] = {
    "completed",
}


def check_responses_api_response_web_search_call_output_status(
    value: str,
) -> ResponsesAPIResponseWebSearchCallOutputStatus:
    if value in RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_STATUS_VALUES!r}"
    )
