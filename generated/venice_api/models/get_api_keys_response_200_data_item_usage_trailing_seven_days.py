from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetApiKeysResponse200DataItemUsageTrailingSevenDays")


@_attrs_define
class GetApiKeysResponse200DataItemUsageTrailingSevenDays:
    """
    Attributes:
        usd (str): USD budget usage in the trailing 7 days, including bundled credits Example: 10.2424.
        vcu (str): VCU usage in the trailing 7 days (deprecated - use Diem instead) Example: 42.2315.
        diem (str): Diem usage in the trailing 7 days Example: 4.2231.
    """

    usd: str
    vcu: str
    diem: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usd = self.usd

        vcu = self.vcu

        diem = self.diem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usd": usd,
                "vcu": vcu,
                "diem": diem,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usd = d.pop("usd")

        vcu = d.pop("vcu")

        diem = d.pop("diem")

        get_api_keys_response_200_data_item_usage_trailing_seven_days = cls(
            usd=usd,
            vcu=vcu,
            diem=diem,
        )

        get_api_keys_response_200_data_item_usage_trailing_seven_days.additional_properties = d
        return get_api_keys_response_200_data_item_usage_trailing_seven_days

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
