from typing import Literal

GetBillingBalanceResponse200ConsumptionCurrency = Literal[
    "BUNDLED_CREDITS", "DIEM", "USD", "VCU"
]

GET_BILLING_BALANCE_RESPONSE_200_CONSUMPTION_CURRENCY_VALUES: set[
    GetBillingBalanceResponse200ConsumptionCurrency
] = {
    "BUNDLED_CREDITS",
    "DIEM",
    "USD",
    "VCU",
}


def check_get_billing_balance_response_200_consumption_currency(
    value: str,
) -> GetBillingBalanceResponse200ConsumptionCurrency:
    if value in GET_BILLING_BALANCE_RESPONSE_200_CONSUMPTION_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BILLING_BALANCE_RESPONSE_200_CONSUMPTION_CURRENCY_VALUES!r}"
    )
