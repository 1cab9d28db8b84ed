from typing import Literal

CreateResponseResponsesAPIResponseObject = Literal["response"]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_OBJECT_VALUES: set[
    CreateResponseResponsesAPIResponseObject
] = {
    "response",
}


def check_create_response_responses_api_response_object(
    value: str,
) -> CreateResponseResponsesAPIResponseObject:
    if value in CREATE_RESPONSE_RESPONSES_API_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_OBJECT_VALUES!r}"
    )
