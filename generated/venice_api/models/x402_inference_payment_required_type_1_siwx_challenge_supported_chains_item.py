from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item_type import (
    X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItemType,
    check_x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item_type,
)

T = TypeVar(
    "T", bound="X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem"
)


@_attrs_define
class X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem:
    """
    Attributes:
        chain_id (str): Supported chain identity. Example: solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp.
        type_ (X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItemType): Signature type accepted for this
            chain. Example: ed25519.
    """

    chain_id: str
    type_: X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItemType

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chainId": chain_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chain_id = d.pop("chainId")

        type_ = check_x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item_type(
            d.pop("type")
        )

        x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item = (
            cls(
                chain_id=chain_id,
                type_=type_,
            )
        )

        return (
            x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item
        )
