from typing import Literal

ResponsesAPIResponseObject = Literal["response"]

RESPONSES_API_RESPONSE_OBJECT_VALUES: set[ResponsesAPIResponseObject] = {
    "response",
}


def check_responses_api_response_object(value: str) -> ResponsesAPIResponseObject:
    if value in RESPONSES_API_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_OBJECT_VALUES!r}"
    )
