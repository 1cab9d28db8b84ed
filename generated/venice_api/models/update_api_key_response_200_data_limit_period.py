from typing import Literal

UpdateApiKeyResponse200DataLimitPeriod = Literal["EPOCH", "LIFETIME", "MONTH"]

UPDATE_API_KEY_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES: set[
    UpdateApiKeyResponse200DataLimitPeriod
] = {
    "EPOCH",
    "LIFETIME",
    "MONTH",
}


def check_update_api_key_response_200_data_limit_period(
    value: str,
) -> UpdateApiKeyResponse200DataLimitPeriod:
    if value in UPDATE_API_KEY_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_API_KEY_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES!r}"
    )
