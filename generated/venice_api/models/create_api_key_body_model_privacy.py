from typing import Literal

CreateApiKeyBodyModelPrivacy = Literal["ALL", "PRIVATE_ONLY", "PRIVATE_TEXT"]

CREATE_API_KEY_BODY_MODEL_PRIVACY_VALUES: set[CreateApiKeyBodyModelPrivacy] = {
    "ALL",
    "PRIVATE_ONLY",
    "PRIVATE_TEXT",
}


def check_create_api_key_body_model_privacy(value: str) -> CreateApiKeyBodyModelPrivacy:
    if value in CREATE_API_KEY_BODY_MODEL_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_API_KEY_BODY_MODEL_PRIVACY_VALUES!r}"
    )
