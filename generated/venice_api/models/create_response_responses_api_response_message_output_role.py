from typing import Literal

CreateResponseResponsesAPIResponseMessageOutputRole = Literal["assistant"]

CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_ROLE_VALUES: set[
    CreateResponseResponsesAPIResponseMessageOutputRole
] = {
    "assistant",
}


def check_create_response_responses_api_response_message_output_role(
    value: str,
) -> CreateResponseResponsesAPIResponseMessageOutputRole:
    if value in CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_ROLE_VALUES!r}"
    )
