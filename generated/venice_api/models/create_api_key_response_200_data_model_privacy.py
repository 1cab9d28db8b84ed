from typing import Literal

CreateApiKeyResponse200DataModelPrivacy = Literal["ALL", "PRIVATE_ONLY", "PRIVATE_TEXT"]

CREATE_API_KEY_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES: set[
    CreateApiKeyResponse200DataModelPrivacy
] = {
    "ALL",
    "PRIVATE_ONLY",
    "PRIVATE_TEXT",
}


def check_create_api_key_response_200_data_model_privacy(
    value: str,
) -> CreateApiKeyResponse200DataModelPrivacy:
    if value in CREATE_API_KEY_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_API_KEY_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES!r}"
    )
