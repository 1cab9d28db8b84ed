from typing import Literal

CreateResponseResponsesAPIResponseWebSearchCallOutputStatus = Literal["completed"]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_STATUS_VALUES: set[
    CreateResponseResponsesAPIResponseWebSearchCallOutputStatus
] = {
    "completed",
}


def check_create_response_responses_api_response_web_search_call_output_status(
    value: str,
) -> CreateResponseResponsesAPIResponseWebSearchCallOutputStatus:
    if (
        value
        in CREATE_RESPONSE_RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_STATUS_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_WEB_SEARCH_CALL_OUTPUT_STATUS_VALUES!r}"
    )
