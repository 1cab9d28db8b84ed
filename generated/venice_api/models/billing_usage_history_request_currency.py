from typing import Literal

BillingUsageHistoryRequestCurrency = Literal["BUNDLED_CREDITS", "DIEM", "USD"]

BILLING_USAGE_HISTORY_REQUEST_CURRENCY_VALUES: set[
    BillingUsageHistoryRequestCurrency
] = {
    "BUNDLED_CREDITS",
    "DIEM",
    "USD",
}


def check_billing_usage_history_request_currency(
    value: str,
) -> BillingUsageHistoryRequestCurrency:
    if value in BILLING_USAGE_HISTORY_REQUEST_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BILLING_USAGE_HISTORY_REQUEST_CURRENCY_VALUES!r}"
    )
