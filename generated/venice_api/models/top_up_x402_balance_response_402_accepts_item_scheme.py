from typing import Literal

TopUpX402BalanceResponse402AcceptsItemScheme = Literal["exact"]

TOP_UP_X402_BALANCE_RESPONSE_402_ACCEPTS_ITEM_SCHEME_VALUES: set[
    TopUpX402BalanceResponse402AcceptsItemScheme
] = {
    "exact",
}


def check_top_up_x402_balance_response_402_accepts_item_scheme(
    value: str,
) -> TopUpX402BalanceResponse402AcceptsItemScheme:
    if value in TOP_UP_X402_BALANCE_RESPONSE_402_ACCEPTS_ITEM_SCHEME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOP_UP_X402_BALANCE_RESPONSE_402_ACCEPTS_ITEM_SCHEME_VALUES!r}"
    )
