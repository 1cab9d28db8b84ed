from typing import Literal

BillingUsageHistoryResponseDataItemCurrency = Literal["BUNDLED_CREDITS", "DIEM", "USD"]

BILLING_USAGE_HISTORY_RESPONSE_DATA_ITEM_CURRENCY_VALUES: set[
    BillingUsageHistoryResponseDataItemCurrency
] = {
    "BUNDLED_CREDITS",
    "DIEM",
    "USD",
}


def check_billing_usage_history_response_data_item_currency(
    value: str,
) -> BillingUsageHistoryResponseDataItemCurrency:
    if value in BILLING_USAGE_HISTORY_RESPONSE_DATA_ITEM_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BILLING_USAGE_HISTORY_RESPONSE_DATA_ITEM_CURRENCY_VALUES!r}"
    )
