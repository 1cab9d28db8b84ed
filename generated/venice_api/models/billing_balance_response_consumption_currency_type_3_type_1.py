from typing import Literal

BillingBalanceResponseConsumptionCurrencyType3Type1 = Literal[
    "BUNDLED_CREDITS", "DIEM", "USD", "VCU"
]

BILLING_BALANCE_RESPONSE_CONSUMPTION_CURRENCY_TYPE_3_TYPE_1_VALUES: set[
    BillingBalanceResponseConsumptionCurrencyType3Type1
] = {
    "BUNDLED_CREDITS",
    "DIEM",
    "USD",
    "VCU",
}


def check_billing_balance_response_consumption_currency_type_3_type_1(
    value: str,
) -> BillingBalanceResponseConsumptionCurrencyType3Type1:
    if value in BILLING_BALANCE_RESPONSE_CONSUMPTION_CURRENCY_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BILLING_BALANCE_RESPONSE_CONSUMPTION_CURRENCY_TYPE_3_TYPE_1_VALUES!r}"
    )
