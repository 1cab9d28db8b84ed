from typing import Literal

UpdateApiKeyBodyLimitPeriod = Literal["EPOCH", "LIFETIME", "MONTH"]

UPDATE_API_KEY_BODY_LIMIT_PERIOD_VALUES: set[UpdateApiKeyBodyLimitPeriod] = {
    "EPOCH",
    "LIFETIME",
    "MONTH",
}


def check_update_api_key_body_limit_period(value: str) -> UpdateApiKeyBodyLimitPeriod:
    if value in UPDATE_API_KEY_BODY_LIMIT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_API_KEY_BODY_LIMIT_PERIOD_VALUES!r}"
    )
