from typing import Literal

GetApiKeysResponse200DataItemLimitPeriod = Literal["EPOCH", "LIFETIME", "MONTH"]

GET_API_KEYS_RESPONSE_200_DATA_ITEM_LIMIT_PERIOD_VALUES: set[
    GetApiKeysResponse200DataItemLimitPeriod
] = {
    "EPOCH",
    "LIFETIME",
    "MONTH",
}


def check_get_api_keys_response_200_data_item_limit_period(
    value: str,
) -> GetApiKeysResponse200DataItemLimitPeriod:
    if value in GET_API_KEYS_RESPONSE_200_DATA_ITEM_LIMIT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_API_KEYS_RESPONSE_200_DATA_ITEM_LIMIT_PERIOD_VALUES!r}"
    )
