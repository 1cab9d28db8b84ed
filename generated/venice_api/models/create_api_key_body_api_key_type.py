from typing import Literal

CreateApiKeyBodyApiKeyType = Literal["ADMIN", "INFERENCE"]

CREATE_API_KEY_BODY_API_KEY_TYPE_VALUES: set[CreateApiKeyBodyApiKeyType] = {
    "ADMIN",
    "INFERENCE",
}


def check_create_api_key_body_api_key_type(value: str) -> CreateApiKeyBodyApiKeyType:
    if value in CREATE_API_KEY_BODY_API_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_API_KEY_BODY_API_KEY_TYPE_VALUES!r}"
    )
