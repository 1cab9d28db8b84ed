from typing import Literal

GetApiKeysResponse200DataItemApiKeyType = Literal["ADMIN", "INFERENCE"]

GET_API_KEYS_RESPONSE_200_DATA_ITEM_API_KEY_TYPE_VALUES: set[
    GetApiKeysResponse200DataItemApiKeyType
] = {
    "ADMIN",
    "INFERENCE",
}


def check_get_api_keys_response_200_data_item_api_key_type(
    value: str,
) -> GetApiKeysResponse200DataItemApiKeyType:
    if value in GET_API_KEYS_RESPONSE_200_DATA_ITEM_API_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_API_KEYS_RESPONSE_200_DATA_ITEM_API_KEY_TYPE_VALUES!r}"
    )
