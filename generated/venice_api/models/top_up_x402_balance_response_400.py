from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.top_up_x402_balance_response_400_details import (
        TopUpX402BalanceResponse400Details,
    )


T = TypeVar("T", bound="TopUpX402BalanceResponse400")


@_attrs_define
class TopUpX402BalanceResponse400:
    """
    Attributes:
        error (str): Machine-readable x402 error code. Example: X402_INVALID_PAYMENT.
        message (str): Human-readable description of the x402 failure. Example: Invalid payment header.
        details (TopUpX402BalanceResponse400Details | Unset): Optional structured details about the x402 error. Example:
            {'reason': 'signature_mismatch'}.
    """

    error: str
    message: str
    details: TopUpX402BalanceResponse400Details | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.top_up_x402_balance_response_400_details import (
            TopUpX402BalanceResponse400Details,
        )

        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message")

        _details = d.pop("details", UNSET)
        details: TopUpX402BalanceResponse400Details | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = TopUpX402BalanceResponse400Details.from_dict(_details)

        top_up_x402_balance_response_400 = cls(
            error=error,
            message=message,
            details=details,
        )

        return top_up_x402_balance_response_400
