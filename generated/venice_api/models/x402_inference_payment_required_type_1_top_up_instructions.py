from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="X402InferencePaymentRequiredType1TopUpInstructions")


@_attrs_define
class X402InferencePaymentRequiredType1TopUpInstructions:
    """
    Attributes:
        step1 (str): First step: get payment requirements. Example: POST /api/v1/x402/top-up with no payment header to
            get payment requirements.
        step2 (str): Second step: sign the payment. Example: Choose a payment option from accepts and sign a USDC
            transfer authorization using the x402 SDK (createPaymentHeader).
        step3 (str): Third step: submit the payment. Example: POST /api/v1/x402/top-up with the signed PAYMENT-SIGNATURE
            header.
        receiver_wallet (str): Legacy Base receiver wallet address. Prefer the selected accepts entry from /x402/top-up
            for network-specific payTo values. Example: <RECEIVER_WALLET_ADDRESS>.
        token_address (str): Legacy Base USDC token address. Prefer the selected accepts entry from /x402/top-up for
            network-specific assets. Example: <USDC_TOKEN_ADDRESS>.
        token_decimals (float): Token decimal places. Example: 6.
        network (str): Legacy Base target network. Prefer the selected accepts entry from /x402/top-up for network-
            specific values. Example: eip155:8453.
        minimum_amount_usd (float): Minimum top-up amount in USD. Example: 5.
    """

    step1: str
    step2: str
    step3: str
    receiver_wallet: str
    token_address: str
    token_decimals: float
    network: str
    minimum_amount_usd: float

    def to_dict(self) -> dict[str, Any]:
        step1 = self.step1

        step2 = self.step2

        step3 = self.step3

        receiver_wallet = self.receiver_wallet

        token_address = self.token_address

        token_decimals = self.token_decimals

        network = self.network

        minimum_amount_usd = self.minimum_amount_usd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "step1": step1,
                "step2": step2,
                "step3": step3,
                "receiverWallet": receiver_wallet,
                "tokenAddress": token_address,
                "tokenDecimals": token_decimals,
                "network": network,
                "minimumAmountUsd": minimum_amount_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        step1 = d.pop("step1")

        step2 = d.pop("step2")

        step3 = d.pop("step3")

        receiver_wallet = d.pop("receiverWallet")

        token_address = d.pop("tokenAddress")

        token_decimals = d.pop("tokenDecimals")

        network = d.pop("network")

        minimum_amount_usd = d.pop("minimumAmountUsd")

        x402_inference_payment_required_type_1_top_up_instructions = cls(
            step1=step1,
            step2=step2,
            step3=step3,
            receiver_wallet=receiver_wallet,
            token_address=token_address,
            token_decimals=token_decimals,
            network=network,
            minimum_amount_usd=minimum_amount_usd,
        )

        return x402_inference_payment_required_type_1_top_up_instructions
