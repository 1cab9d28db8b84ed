from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.x402_inference_payment_required_type_0_auth_options_api_key import (
        X402InferencePaymentRequiredType0AuthOptionsApiKey,
    )
    from ..models.x402_inference_payment_required_type_0_auth_options_x402_wallet import (
        X402InferencePaymentRequiredType0AuthOptionsX402Wallet,
    )


T = TypeVar("T", bound="X402InferencePaymentRequiredType0AuthOptions")


@_attrs_define
class X402InferencePaymentRequiredType0AuthOptions:
    """
    Attributes:
        api_key (X402InferencePaymentRequiredType0AuthOptionsApiKey):
        x_402_wallet (X402InferencePaymentRequiredType0AuthOptionsX402Wallet):
    """

    api_key: X402InferencePaymentRequiredType0AuthOptionsApiKey
    x_402_wallet: X402InferencePaymentRequiredType0AuthOptionsX402Wallet

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key.to_dict()

        x_402_wallet = self.x_402_wallet.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "apiKey": api_key,
                "x402Wallet": x_402_wallet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.x402_inference_payment_required_type_0_auth_options_api_key import (
            X402InferencePaymentRequiredType0AuthOptionsApiKey,
        )
        from ..models.x402_inference_payment_required_type_0_auth_options_x402_wallet import (
            X402InferencePaymentRequiredType0AuthOptionsX402Wallet,
        )

        d = dict(src_dict)
        api_key = X402InferencePaymentRequiredType0AuthOptionsApiKey.from_dict(
            d.pop("apiKey")
        )

        x_402_wallet = X402InferencePaymentRequiredType0AuthOptionsX402Wallet.from_dict(
            d.pop("x402Wallet")
        )

        x402_inference_payment_required_type_0_auth_options = cls(
            api_key=api_key,
            x_402_wallet=x_402_wallet,
        )

        return x402_inference_payment_required_type_0_auth_options
