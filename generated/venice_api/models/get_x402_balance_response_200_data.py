from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetX402BalanceResponse200Data")


@_attrs_define
class GetX402BalanceResponse200Data:
    """
    Attributes:
        wallet_address (str): Normalized wallet address. Example: 0xyour_wallet_address.
        balance_usd (float): Current x402 credit balance in USD. Example: 12.5.
        can_consume (bool): Whether the wallet can currently consume paid x402-backed endpoints. Example: True.
        minimum_top_up_usd (float): Minimum allowed top-up amount in USD. Example: 5.
        suggested_top_up_usd (float): Suggested top-up amount in USD. Example: 10.
        diem_balance_usd (float | Unset): Optional DIEM balance available for a linked Venice user. Example: 5.25.
    """

    wallet_address: str
    balance_usd: float
    can_consume: bool
    minimum_top_up_usd: float
    suggested_top_up_usd: float
    diem_balance_usd: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        wallet_address = self.wallet_address

        balance_usd = self.balance_usd

        can_consume = self.can_consume

        minimum_top_up_usd = self.minimum_top_up_usd

        suggested_top_up_usd = self.suggested_top_up_usd

        diem_balance_usd = self.diem_balance_usd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "walletAddress": wallet_address,
                "balanceUsd": balance_usd,
                "canConsume": can_consume,
                "minimumTopUpUsd": minimum_top_up_usd,
                "suggestedTopUpUsd": suggested_top_up_usd,
            }
        )
        if diem_balance_usd is not UNSET:
            field_dict["diemBalanceUsd"] = diem_balance_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wallet_address = d.pop("walletAddress")

        balance_usd = d.pop("balanceUsd")

        can_consume = d.pop("canConsume")

        minimum_top_up_usd = d.pop("minimumTopUpUsd")

        suggested_top_up_usd = d.pop("suggestedTopUpUsd")

        diem_balance_usd = d.pop("diemBalanceUsd", UNSET)

        get_x402_balance_response_200_data = cls(
            wallet_address=wallet_address,
            balance_usd=balance_usd,
            can_consume=can_consume,
            minimum_top_up_usd=minimum_top_up_usd,
            suggested_top_up_usd=suggested_top_up_usd,
            diem_balance_usd=diem_balance_usd,
        )

        return get_x402_balance_response_200_data
