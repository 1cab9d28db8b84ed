from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TopUpX402BalanceResponse200Data")


@_attrs_define
class TopUpX402BalanceResponse200Data:
    """
    Attributes:
        wallet_address (str): Wallet that received the credited balance. Example: 0xyour_wallet_address.
        amount_credited (float): Amount credited to the wallet in USD. Example: 10.
        new_balance (float): Updated wallet balance in USD after the top-up. Example: 22.5.
        payment_id (str): Unique identifier for the x402 payment. Example: payment_01HZY8M4W4Y6QZ8B6Q4P0V3J2K.
    """

    wallet_address: str
    amount_credited: float
    new_balance: float
    payment_id: str

    def to_dict(self) -> dict[str, Any]:
        wallet_address = self.wallet_address

        amount_credited = self.amount_credited

        new_balance = self.new_balance

        payment_id = self.payment_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "walletAddress": wallet_address,
                "amountCredited": amount_credited,
                "newBalance": new_balance,
                "paymentId": payment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wallet_address = d.pop("walletAddress")

        amount_credited = d.pop("amountCredited")

        new_balance = d.pop("newBalance")

        payment_id = d.pop("paymentId")

        top_up_x402_balance_response_200_data = cls(
            wallet_address=wallet_address,
            amount_credited=amount_credited,
            new_balance=new_balance,
            payment_id=payment_id,
        )

        return top_up_x402_balance_response_200_data
