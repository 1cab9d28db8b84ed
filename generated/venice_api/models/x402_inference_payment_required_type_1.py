from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.x402_inference_payment_required_type_1_code import (
    X402InferencePaymentRequiredType1Code,
    check_x402_inference_payment_required_type_1_code,
)
from ..models.x402_inference_payment_required_type_1_error import (
    X402InferencePaymentRequiredType1Error,
    check_x402_inference_payment_required_type_1_error,
)
from ..models.x402_inference_payment_required_type_1_reason import (
    X402InferencePaymentRequiredType1Reason,
    check_x402_inference_payment_required_type_1_reason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.x402_inference_payment_required_type_1_siwx_challenge import (
        X402InferencePaymentRequiredType1SiwxChallenge,
    )
    from ..models.x402_inference_payment_required_type_1_top_up_instructions import (
        X402InferencePaymentRequiredType1TopUpInstructions,
    )


T = TypeVar("T", bound="X402InferencePaymentRequiredType1")


@_attrs_define
class X402InferencePaymentRequiredType1:
    """
    Attributes:
        error (X402InferencePaymentRequiredType1Error): Error message indicating payment is required.
        code (X402InferencePaymentRequiredType1Code): Machine-readable error code.
        reason (X402InferencePaymentRequiredType1Reason): Reason the x402-authenticated request could not proceed.
        suggested_top_up_usd (float): Suggested amount to top up in USD. Example: 10.
        minimum_top_up_usd (float): Minimum allowed top-up amount in USD. Example: 5.
        supported_tokens (list[str]): List of supported token symbols for payment. Example: ['USDC'].
        supported_chains (list[str]): List of supported top-up rails. Example: ['base', 'solana'].
        top_up_instructions (X402InferencePaymentRequiredType1TopUpInstructions):
        siwx_challenge (X402InferencePaymentRequiredType1SiwxChallenge):
        message (str | Unset): Human-readable context about the payment requirement. Example: Insufficient x402 balance.
        current_balance_usd (float | Unset): Current x402 credit balance for the wallet. Example: 0.01.
        minimum_balance_usd (float | Unset): Minimum x402 credit balance required before the request can run. Example:
            0.1.
        description (str | Unset): Protected resource description. Example: Venice API.
    """

    error: X402InferencePaymentRequiredType1Error
    code: X402InferencePaymentRequiredType1Code
    reason: X402InferencePaymentRequiredType1Reason
    suggested_top_up_usd: float
    minimum_top_up_usd: float
    supported_tokens: list[str]
    supported_chains: list[str]
    top_up_instructions: X402InferencePaymentRequiredType1TopUpInstructions
    siwx_challenge: X402InferencePaymentRequiredType1SiwxChallenge
    message: str | Unset = UNSET
    current_balance_usd: float | Unset = UNSET
    minimum_balance_usd: float | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        error: str = self.error

        code: str = self.code

        reason: str = self.reason

        suggested_top_up_usd = self.suggested_top_up_usd

        minimum_top_up_usd = self.minimum_top_up_usd

        supported_tokens = self.supported_tokens

        supported_chains = self.supported_chains

        top_up_instructions = self.top_up_instructions.to_dict()

        siwx_challenge = self.siwx_challenge.to_dict()

        message = self.message

        current_balance_usd = self.current_balance_usd

        minimum_balance_usd = self.minimum_balance_usd

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "error": error,
                "code": code,
                "reason": reason,
                "suggestedTopUpUsd": suggested_top_up_usd,
                "minimumTopUpUsd": minimum_top_up_usd,
                "supportedTokens": supported_tokens,
                "supportedChains": supported_chains,
                "topUpInstructions": top_up_instructions,
                "siwxChallenge": siwx_challenge,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if current_balance_usd is not UNSET:
            field_dict["currentBalanceUsd"] = current_balance_usd
        if minimum_balance_usd is not UNSET:
            field_dict["minimumBalanceUsd"] = minimum_balance_usd
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.x402_inference_payment_required_type_1_siwx_challenge import (
            X402InferencePaymentRequiredType1SiwxChallenge,
        )
        from ..models.x402_inference_payment_required_type_1_top_up_instructions import (
            X402InferencePaymentRequiredType1TopUpInstructions,
        )

        d = dict(src_dict)
        error = check_x402_inference_payment_required_type_1_error(d.pop("error"))

        code = check_x402_inference_payment_required_type_1_code(d.pop("code"))

        reason = check_x402_inference_payment_required_type_1_reason(d.pop("reason"))

        suggested_top_up_usd = d.pop("suggestedTopUpUsd")

        minimum_top_up_usd = d.pop("minimumTopUpUsd")

        supported_tokens = cast(list[str], d.pop("supportedTokens"))

        supported_chains = cast(list[str], d.pop("supportedChains"))

        top_up_instructions = (
            X402InferencePaymentRequiredType1TopUpInstructions.from_dict(
                d.pop("topUpInstructions")
            )
        )

        siwx_challenge = X402InferencePaymentRequiredType1SiwxChallenge.from_dict(
            d.pop("siwxChallenge")
        )

        message = d.pop("message", UNSET)

        current_balance_usd = d.pop("currentBalanceUsd", UNSET)

        minimum_balance_usd = d.pop("minimumBalanceUsd", UNSET)

        description = d.pop("description", UNSET)

        x402_inference_payment_required_type_1 = cls(
            error=error,
            code=code,
            reason=reason,
            suggested_top_up_usd=suggested_top_up_usd,
            minimum_top_up_usd=minimum_top_up_usd,
            supported_tokens=supported_tokens,
            supported_chains=supported_chains,
            top_up_instructions=top_up_instructions,
            siwx_challenge=siwx_challenge,
            message=message,
            current_balance_usd=current_balance_usd,
            minimum_balance_usd=minimum_balance_usd,
            description=description,
        )

        return x402_inference_payment_required_type_1
