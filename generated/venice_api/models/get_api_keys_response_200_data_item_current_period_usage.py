from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetApiKeysResponse200DataItemCurrentPeriodUsage")


@_attrs_define
class GetApiKeysResponse200DataItemCurrentPeriodUsage:
    """Usage within the current limit period window. Only present for keys that have consumption limits set.

    Attributes:
        usd (str): USD budget usage in the current limit period, including bundled credits Example: 5.1234.
        diem (str): Diem usage in the current limit period Example: 2.5000.
    """

    usd: str
    diem: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usd = self.usd

        diem = self.diem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usd": usd,
                "diem": diem,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usd = d.pop("usd")

        diem = d.pop("diem")

        get_api_keys_response_200_data_item_current_period_usage = cls(
            usd=usd,
            diem=diem,
        )

        get_api_keys_response_200_data_item_current_period_usage.additional_properties = d
        return get_api_keys_response_200_data_item_current_period_usage

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
