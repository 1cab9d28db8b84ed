from typing import Literal

UpdateApiKeyBodyExpiresAtType0 = Literal[""]

UPDATE_API_KEY_BODY_EXPIRES_AT_TYPE_0_VALUES: set[UpdateApiKeyBodyExpiresAtType0] = {
    "",
}


def check_update_api_key_body_expires_at_type_0(
    value: str,
) -> UpdateApiKeyBodyExpiresAtType0:
    if value in UPDATE_API_KEY_BODY_EXPIRES_AT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_API_KEY_BODY_EXPIRES_AT_TYPE_0_VALUES!r}"
    )
