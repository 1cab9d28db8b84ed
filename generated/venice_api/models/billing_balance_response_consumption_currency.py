from typing import Literal

BillingBalanceResponseConsumptionCurrency = Literal[
    "BUNDLED_CREDITS", "DIEM", "USD", "VCU"
]

BILLING_BALANCE_RESPONSE_CONSUMPTION_CURRENCY_VALUES: set[
    BillingBalanceResponseConsumptionCurrency
] = {
    "BUNDLED_CREDITS",
    "DIEM",
    "USD",
    "VCU",
}


def check_billing_balance_response_consumption_currency(
    value: str,
) -> BillingBalanceResponseConsumptionCurrency:
    if value in BILLING_BALANCE_RESPONSE_CONSUMPTION_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BILLING_BALANCE_RESPONSE_CONSUMPTION_CURRENCY_VALUES!r}"
    )
