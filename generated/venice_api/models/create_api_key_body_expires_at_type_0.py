from typing import Literal

CreateApiKeyBodyExpiresAtType0 = Literal[""]

CREATE_API_KEY_BODY_EXPIRES_AT_TYPE_0_VALUES: set[CreateApiKeyBodyExpiresAtType0] = {
    "",
}


def check_create_api_key_body_expires_at_type_0(
    value: str,
) -> CreateApiKeyBodyExpiresAtType0:
    if value in CREATE_API_KEY_BODY_EXPIRES_AT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_API_KEY_BODY_EXPIRES_AT_TYPE_0_VALUES!r}"
    )
