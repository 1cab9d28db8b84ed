from typing import Literal

GetBillingUsageHistoryResponse200DataItemCurrency = Literal[
    "BUNDLED_CREDITS", "DIEM", "USD"
]

GET_BILLING_USAGE_HISTORY_RESPONSE_200_DATA_ITEM_CURRENCY_VALUES: set[
    GetBillingUsageHistoryResponse200DataItemCurrency
] = {
    "BUNDLED_CREDITS",
    "DIEM",
    "USD",
}


def check_get_billing_usage_history_response_200_data_item_currency(
    value: str,
) -> GetBillingUsageHistoryResponse200DataItemCurrency:
    if value in GET_BILLING_USAGE_HISTORY_RESPONSE_200_DATA_ITEM_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BILLING_USAGE_HISTORY_RESPONSE_200_DATA_ITEM_CURRENCY_VALUES!r}"
    )
