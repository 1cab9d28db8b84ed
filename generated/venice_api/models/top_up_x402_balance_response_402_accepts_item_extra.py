from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TopUpX402BalanceResponse402AcceptsItemExtra")


@_attrs_define
class TopUpX402BalanceResponse402AcceptsItemExtra:
    """Network-specific x402 metadata. Solana accepts include a feePayer.

    Example:
        {'name': 'USD Coin', 'version': '2', 'feePayer': 'BFK9TLC3edb13K6v4YyH3DwPb5DSUpkWvb7XnqCL9b4F'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        top_up_x402_balance_response_402_accepts_item_extra = cls()

        top_up_x402_balance_response_402_accepts_item_extra.additional_properties = d
        return top_up_x402_balance_response_402_accepts_item_extra

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
