from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.top_up_x402_balance_response_402_accepts_item import (
        TopUpX402BalanceResponse402AcceptsItem,
    )


T = TypeVar("T", bound="TopUpX402BalanceResponse402")


@_attrs_define
class TopUpX402BalanceResponse402:
    """
    Attributes:
        x_402_version (float): x402 protocol version. Example: 2.
        accepts (list[TopUpX402BalanceResponse402AcceptsItem]): Array of accepted payment options.
    """

    x_402_version: float
    accepts: list[TopUpX402BalanceResponse402AcceptsItem]

    def to_dict(self) -> dict[str, Any]:
        x_402_version = self.x_402_version

        accepts = []
        for accepts_item_data in self.accepts:
            accepts_item = accepts_item_data.to_dict()
            accepts.append(accepts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "x402Version": x_402_version,
                "accepts": accepts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.top_up_x402_balance_response_402_accepts_item import (
            TopUpX402BalanceResponse402AcceptsItem,
        )

        d = dict(src_dict)
        x_402_version = d.pop("x402Version")

        accepts = []
        _accepts = d.pop("accepts")
        for accepts_item_data in _accepts:
            accepts_item = TopUpX402BalanceResponse402AcceptsItem.from_dict(
                accepts_item_data
            )

            accepts.append(accepts_item)

        top_up_x402_balance_response_402 = cls(
            x_402_version=x_402_version,
            accepts=accepts,
        )

        return top_up_x402_balance_response_402
