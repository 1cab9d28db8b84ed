from typing import Literal

UpdateApiKeyBodyModelPrivacy = Literal["ALL", "PRIVATE_ONLY", "PRIVATE_TEXT"]

UPDATE_API_KEY_BODY_MODEL_PRIVACY_VALUES: set[UpdateApiKeyBodyModelPrivacy] = {
    "ALL",
    "PRIVATE_ONLY",
    "PRIVATE_TEXT",
}


def check_update_api_key_body_model_privacy(value: str) -> UpdateApiKeyBodyModelPrivacy:
    if value in UPDATE_API_KEY_BODY_MODEL_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_API_KEY_BODY_MODEL_PRIVACY_VALUES!r}"
    )
