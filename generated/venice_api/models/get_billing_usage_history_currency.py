from typing import Literal

GetBillingUsageHistoryCurrency = Literal["BUNDLED_CREDITS", "DIEM", "USD"]

GET_BILLING_USAGE_HISTORY_CURRENCY_VALUES: set[GetBillingUsageHistoryCurrency] = {
    "BUNDLED_CREDITS",
    "DIEM",
    "USD",
}


def check_get_billing_usage_history_currency(
    value: str,
) -> GetBillingUsageHistoryCurrency:
    if value in GET_BILLING_USAGE_HISTORY_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BILLING_USAGE_HISTORY_CURRENCY_VALUES!r}"
    )
