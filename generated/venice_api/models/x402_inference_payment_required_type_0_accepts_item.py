from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.x402_inference_payment_required_type_0_accepts_item_scheme import (
    X402InferencePaymentRequiredType0AcceptsItemScheme,
    check_x402_inference_payment_required_type_0_accepts_item_scheme,
)

if TYPE_CHECKING:
    from ..models.x402_inference_payment_required_type_0_accepts_item_extra import (
        X402InferencePaymentRequiredType0AcceptsItemExtra,
    )


T = TypeVar("T", bound="X402InferencePaymentRequiredType0AcceptsItem")


@_attrs_define
class X402InferencePaymentRequiredType0AcceptsItem:
    """
    Attributes:
        scheme (X402InferencePaymentRequiredType0AcceptsItemScheme): x402 payment scheme. Example: exact.
        network (str): Payment network for this requirement. Example: solana.
        asset (str): USDC token address or mint for the selected network. Example:
            EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v.
        amount (str): Required payment amount in base units (USDC has 6 decimals). Example: 10000000.
        pay_to (str): Receiver wallet address for the selected network. Example:
            8qUL23aSj7mDWdoLMXGHFvnVCT9wd7jXcysiekroADEL.
        max_timeout_seconds (float): Maximum time allowed for payment settlement. Example: 300.
        extra (X402InferencePaymentRequiredType0AcceptsItemExtra): Network-specific x402 metadata. Solana requirements
            include a feePayer. Example: {'name': 'USD Coin', 'version': '2', 'feePayer':
            'BFK9TLC3edb13K6v4YyH3DwPb5DSUpkWvb7XnqCL9b4F'}.
    """

    scheme: X402InferencePaymentRequiredType0AcceptsItemScheme
    network: str
    asset: str
    amount: str
    pay_to: str
    max_timeout_seconds: float
    extra: X402InferencePaymentRequiredType0AcceptsItemExtra

    def to_dict(self) -> dict[str, Any]:
        scheme: str = self.scheme

        network = self.network

        asset = self.asset

        amount = self.amount

        pay_to = self.pay_to

        max_timeout_seconds = self.max_timeout_seconds

        extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheme": scheme,
                "network": network,
                "asset": asset,
                "amount": amount,
                "payTo": pay_to,
                "maxTimeoutSeconds": max_timeout_seconds,
                "extra": extra,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.x402_inference_payment_required_type_0_accepts_item_extra import (
            X402InferencePaymentRequiredType0AcceptsItemExtra,
        )

        d = dict(src_dict)
        scheme = check_x402_inference_payment_required_type_0_accepts_item_scheme(
            d.pop("scheme")
        )

        network = d.pop("network")

        asset = d.pop("asset")

        amount = d.pop("amount")

        pay_to = d.pop("payTo")

        max_timeout_seconds = d.pop("maxTimeoutSeconds")

        extra = X402InferencePaymentRequiredType0AcceptsItemExtra.from_dict(
            d.pop("extra")
        )

        x402_inference_payment_required_type_0_accepts_item = cls(
            scheme=scheme,
            network=network,
            asset=asset,
            amount=amount,
            pay_to=pay_to,
            max_timeout_seconds=max_timeout_seconds,
            extra=extra,
        )

        return x402_inference_payment_required_type_0_accepts_item
