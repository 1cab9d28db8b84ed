from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_api_keys_response_200_data_item_usage_trailing_seven_days import (
        GetApiKeysResponse200DataItemUsageTrailingSevenDays,
    )


T = TypeVar("T", bound="GetApiKeysResponse200DataItemUsage")


@_attrs_define
class GetApiKeysResponse200DataItemUsage:
    """
    Attributes:
        trailing_seven_days (GetApiKeysResponse200DataItemUsageTrailingSevenDays):
    """

    trailing_seven_days: GetApiKeysResponse200DataItemUsageTrailingSevenDays
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trailing_seven_days = self.trailing_seven_days.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trailingSevenDays": trailing_seven_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_api_keys_response_200_data_item_usage_trailing_seven_days import (
            GetApiKeysResponse200DataItemUsageTrailingSevenDays,
        )

        d = dict(src_dict)
        trailing_seven_days = (
            GetApiKeysResponse200DataItemUsageTrailingSevenDays.from_dict(
                d.pop("trailingSevenDays")
            )
        )

        get_api_keys_response_200_data_item_usage = cls(
            trailing_seven_days=trailing_seven_days,
        )

        get_api_keys_response_200_data_item_usage.additional_properties = d
        return get_api_keys_response_200_data_item_usage

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
