from typing import Literal

GetApiKeyByIdResponse200DataModelPrivacy = Literal[
    "ALL", "PRIVATE_ONLY", "PRIVATE_TEXT"
]

GET_API_KEY_BY_ID_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES: set[
    GetApiKeyByIdResponse200DataModelPrivacy
] = {
    "ALL",
    "PRIVATE_ONLY",
    "PRIVATE_TEXT",
}


def check_get_api_key_by_id_response_200_data_model_privacy(
    value: str,
) -> GetApiKeyByIdResponse200DataModelPrivacy:
    if value in GET_API_KEY_BY_ID_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_API_KEY_BY_ID_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES!r}"
    )
