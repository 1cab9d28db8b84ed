from typing import Literal

UpdateApiKeyResponse200DataModelPrivacy = Literal["ALL", "PRIVATE_ONLY", "PRIVATE_TEXT"]

UPDATE_API_KEY_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES: set[
    UpdateApiKeyResponse200DataModelPrivacy
] = {
    "ALL",
    "PRIVATE_ONLY",
    "PRIVATE_TEXT",
}


def check_update_api_key_response_200_data_model_privacy(
    value: str,
) -> UpdateApiKeyResponse200DataModelPrivacy:
    if value in UPDATE_API_KEY_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_API_KEY_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES!r}"
    )
