from typing import Literal

GetApiKeyByIdResponse200DataLimitPeriod = Literal["EPOCH", "LIFETIME", "MONTH"]

GET_API_KEY_BY_ID_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES: set[
    GetApiKeyByIdResponse200DataLimitPeriod
] = {
    "EPOCH",
    "LIFETIME",
    "MONTH",
}


def check_get_api_key_by_id_response_200_data_limit_period(
    value: str,
) -> GetApiKeyByIdResponse200DataLimitPeriod:
    if value in GET_API_KEY_BY_ID_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_API_KEY_BY_ID_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES!r}"
    )
