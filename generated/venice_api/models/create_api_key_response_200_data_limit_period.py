from typing import Literal

CreateApiKeyResponse200DataLimitPeriod = Literal["EPOCH", "LIFETIME", "MONTH"]

CREATE_API_KEY_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES: set[
    CreateApiKeyResponse200DataLimitPeriod
] = {
    "EPOCH",
    "LIFETIME",
    "MONTH",
}


def check_create_api_key_response_200_data_limit_period(
    value: str,
) -> CreateApiKeyResponse200DataLimitPeriod:
    if value in CREATE_API_KEY_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_API_KEY_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES!r}"
    )
