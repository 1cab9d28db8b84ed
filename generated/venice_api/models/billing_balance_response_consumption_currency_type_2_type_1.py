from typing import Literal

BillingBalanceResponseConsumptionCurrencyType2Type1 = Literal[
    "BUNDLED_CREDITS", "DIEM", "USD", "VCU"
]

BILLING_BALANCE_RESPONSE_CONSUMPTION_CURRENCY_TYPE_2_TYPE_1_VALUES: set[
    BillingBalanceResponseConsumptionCurrencyType2Type1
] = {
    "BUNDLED_CREDITS",
    "DIEM",
    "USD",
    "VCU",
}


def check_billing_balance_response_consumption_currency_type_2_type_1(
    value: str,
) -> BillingBalanceResponseConsumptionCurrencyType2Type1:
    if value in BILLING_BALANCE_RESPONSE_CONSUMPTION_CURRENCY_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BILLING_BALANCE_RESPONSE_CONSUMPTION_CURRENCY_TYPE_2_TYPE_1_VALUES!r}"
    )
