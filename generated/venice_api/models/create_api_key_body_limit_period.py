from typing import Literal

CreateApiKeyBodyLimitPeriod = Literal["EPOCH", "LIFETIME", "MONTH"]

CREATE_API_KEY_BODY_LIMIT_PERIOD_VALUES: set[CreateApiKeyBodyLimitPeriod] = {
    "EPOCH",
    "LIFETIME",
    "MONTH",
}


def check_create_api_key_body_limit_period(value: str) -> CreateApiKeyBodyLimitPeriod:
    if value in CREATE_API_KEY_BODY_LIMIT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_API_KEY_BODY_LIMIT_PERIOD_VALUES!r}"
    )
