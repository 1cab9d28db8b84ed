from typing import Literal

UpdateApiKeyResponse200DataApiKeyType = Literal["ADMIN", "INFERENCE"]

UPDATE_API_KEY_RESPONSE_200_DATA_API_KEY_TYPE_VALUES: set[
    UpdateApiKeyResponse200DataApiKeyType
] = {
    "ADMIN",
    "INFERENCE",
}


def check_update_api_key_response_200_data_api_key_type(
    value: str,
) -> UpdateApiKeyResponse200DataApiKeyType:
    if value in UPDATE_API_KEY_RESPONSE_200_DATA_API_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_API_KEY_RESPONSE_200_DATA_API_KEY_TYPE_VALUES!r}"
    )
