from typing import Literal

GetApiKeysResponse200DataItemModelPrivacy = Literal[
    "ALL", "PRIVATE_ONLY", "PRIVATE_TEXT"
]

GET_API_KEYS_RESPONSE_200_DATA_ITEM_MODEL_PRIVACY_VALUES: set[
    GetApiKeysResponse200DataItemModelPrivacy
] = {
    "ALL",
    "PRIVATE_ONLY",
    "PRIVATE_TEXT",
}


def check_get_api_keys_response_200_data_item_model_privacy(
    value: str,
) -> GetApiKeysResponse200DataItemModelPrivacy:
    if value in GET_API_KEYS_RESPONSE_200_DATA_ITEM_MODEL_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_API_KEYS_RESPONSE_200_DATA_ITEM_MODEL_PRIVACY_VALUES!r}"
    )
