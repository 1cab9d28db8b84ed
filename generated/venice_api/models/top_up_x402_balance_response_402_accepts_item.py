from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.top_up_x402_balance_response_402_accepts_item_scheme import (
    TopUpX402BalanceResponse402AcceptsItemScheme,
    check_top_up_x402_balance_response_402_accepts_item_scheme,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.top_up_x402_balance_response_402_accepts_item_extra import (
        TopUpX402BalanceResponse402AcceptsItemExtra,
    )


T = TypeVar("T", bound="TopUpX402BalanceResponse402AcceptsItem")


@_attrs_define
class TopUpX402BalanceResponse402AcceptsItem:
    """
    Attributes:
        scheme (TopUpX402BalanceResponse402AcceptsItemScheme): x402 payment scheme. Example: exact.
        network (str): Payment network in CAIP-2 form (e.g. `eip155:8453` for Base,
            `solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp` for Solana mainnet). Example: solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp.
        amount (str): Minimum payment amount in base units (USDC has 6 decimals). Example: 5000000.
        asset (str): USDC token address or mint for the selected network. Example:
            EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v.
        pay_to (str): Receiver wallet address. Example: 8qUL23aSj7mDWdoLMXGHFvnVCT9wd7jXcysiekroADEL.
        max_timeout_seconds (float): Maximum time allowed for payment settlement, in seconds. Example: 300.
        extra (TopUpX402BalanceResponse402AcceptsItemExtra | Unset): Network-specific x402 metadata. Solana accepts
            include a feePayer. Example: {'name': 'USD Coin', 'version': '2', 'feePayer':
            'BFK9TLC3edb13K6v4YyH3DwPb5DSUpkWvb7XnqCL9b4F'}.
    """

    scheme: TopUpX402BalanceResponse402AcceptsItemScheme
    network: str
    amount: str
    asset: str
    pay_to: str
    max_timeout_seconds: float
    extra: TopUpX402BalanceResponse402AcceptsItemExtra | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scheme: str = self.scheme

        network = self.network

        amount = self.amount

        asset = self.asset

        pay_to = self.pay_to

        max_timeout_seconds = self.max_timeout_seconds

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheme": scheme,
                "network": network,
                "amount": amount,
                "asset": asset,
                "payTo": pay_to,
                "maxTimeoutSeconds": max_timeout_seconds,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.top_up_x402_balance_response_402_accepts_item_extra import (
            TopUpX402BalanceResponse402AcceptsItemExtra,
        )

        d = dict(src_dict)
        scheme = check_top_up_x402_balance_response_402_accepts_item_scheme(
            d.pop("scheme")
        )

        network = d.pop("network")

        amount = d.pop("amount")

        asset = d.pop("asset")

        pay_to = d.pop("payTo")

        max_timeout_seconds = d.pop("maxTimeoutSeconds")

        _extra = d.pop("extra", UNSET)
        extra: TopUpX402BalanceResponse402AcceptsItemExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = TopUpX402BalanceResponse402AcceptsItemExtra.from_dict(_extra)

        top_up_x402_balance_response_402_accepts_item = cls(
            scheme=scheme,
            network=network,
            amount=amount,
            asset=asset,
            pay_to=pay_to,
            max_timeout_seconds=max_timeout_seconds,
            extra=extra,
        )

        return top_up_x402_balance_response_402_accepts_item
