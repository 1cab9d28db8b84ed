from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_api_key_by_id_response_200_data_usage_trailing_seven_days import (
        GetApiKeyByIdResponse200DataUsageTrailingSevenDays,
    )


T = TypeVar("T", bound="GetApiKeyByIdResponse200DataUsage")


@_attrs_define
class GetApiKeyByIdResponse200DataUsage:
    """
    Attributes:
        trailing_seven_days (GetApiKeyByIdResponse200DataUsageTrailingSevenDays):
    """

    trailing_seven_days: GetApiKeyByIdResponse200DataUsageTrailingSevenDays
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
        from ..models.get_api_key_by_id_response_200_data_usage_trailing_seven_days import (
            GetApiKeyByIdResponse200DataUsageTrailingSevenDays,
        )

        d = dict(src_dict)
        trailing_seven_days = (
            GetApiKeyByIdResponse200DataUsageTrailingSevenDays.from_dict(
                d.pop("trailingSevenDays")
            )
        )

        get_api_key_by_id_response_200_data_usage = cls(
            trailing_seven_days=trailing_seven_days,
        )

        get_api_key_by_id_response_200_data_usage.additional_properties = d
        return get_api_key_by_id_response_200_data_usage

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
