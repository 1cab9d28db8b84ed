from typing import Literal

CreateApiKeyResponse200DataApiKeyType = Literal["ADMIN", "INFERENCE"]

CREATE_API_KEY_RESPONSE_200_DATA_API_KEY_TYPE_VALUES: set[
    CreateApiKeyResponse200DataApiKeyType
] = {
    "ADMIN",
    "INFERENCE",
}


def check_create_api_key_response_200_data_api_key_type(
    value: str,
) -> CreateApiKeyResponse200DataApiKeyType:
    if value in CREATE_API_KEY_RESPONSE_200_DATA_API_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_API_KEY_RESPONSE_200_DATA_API_KEY_TYPE_VALUES!r}"
    )
