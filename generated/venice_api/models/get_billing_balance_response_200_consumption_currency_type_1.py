from typing import Literal

GetBillingBalanceResponse200ConsumptionCurrencyType1 = Literal[
    "BUNDLED_CREDITS", "DIEM", "USD", "VCU"
]

GET_BILLING_BALANCE_RESPONSE_200_CONSUMPTION_CURRENCY_TYPE_1_VALUES: set[
    GetBillingBalanceResponse200ConsumptionCurrencyType1
] = {
    "BUNDLED_CREDITS",
    "DIEM",
    "USD",
    "VCU",
}


def check_get_billing_balance_response_200_consumption_currency_type_1(
    value: str,
) -> GetBillingBalanceResponse200ConsumptionCurrencyType1:
    if value in GET_BILLING_BALANCE_RESPONSE_200_CONSUMPTION_CURRENCY_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BILLING_BALANCE_RESPONSE_200_CONSUMPTION_CURRENCY_TYPE_1_VALUES!r}"
    )
