from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.x402_inference_payment_required_type_1_siwx_challenge_info import (
        X402InferencePaymentRequiredType1SiwxChallengeInfo,
    )
    from ..models.x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item import (
        X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem,
    )


T = TypeVar("T", bound="X402InferencePaymentRequiredType1SiwxChallenge")


@_attrs_define
class X402InferencePaymentRequiredType1SiwxChallenge:
    """
    Attributes:
        info (X402InferencePaymentRequiredType1SiwxChallengeInfo):
        supported_chains (list[X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem]): Supported SIWX
            chains and signature types.
    """

    info: X402InferencePaymentRequiredType1SiwxChallengeInfo
    supported_chains: list[
        X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem
    ]

    def to_dict(self) -> dict[str, Any]:
        info = self.info.to_dict()

        supported_chains = []
        for supported_chains_item_data in self.supported_chains:
            supported_chains_item = supported_chains_item_data.to_dict()
            supported_chains.append(supported_chains_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "info": info,
                "supportedChains": supported_chains,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.x402_inference_payment_required_type_1_siwx_challenge_info import (
            X402InferencePaymentRequiredType1SiwxChallengeInfo,
        )
        from ..models.x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item import (
            X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem,
        )

        d = dict(src_dict)
        info = X402InferencePaymentRequiredType1SiwxChallengeInfo.from_dict(
            d.pop("info")
        )

        supported_chains = []
        _supported_chains = d.pop("supportedChains")
        for supported_chains_item_data in _supported_chains:
            supported_chains_item = X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem.from_dict(
                supported_chains_item_data
            )

            supported_chains.append(supported_chains_item)

        x402_inference_payment_required_type_1_siwx_challenge = cls(
            info=info,
            supported_chains=supported_chains,
        )

        return x402_inference_payment_required_type_1_siwx_challenge
