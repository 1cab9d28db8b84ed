from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetBillingUsageAnalyticsResponse200ByKeyItem")


@_attrs_define
class GetBillingUsageAnalyticsResponse200ByKeyItem:
    """
    Attributes:
        api_key_id (None | str): API key ID, or null if usage was from web app
        description (str): API key description or "Web App" Example: My Production Key.
        total_usd (float): Total USD usage for this key
        total_diem (float): Total DIEM usage for this key
        total_units (float): Total units consumed for this key
    """

    api_key_id: None | str
    description: str
    total_usd: float
    total_diem: float
    total_units: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id: None | str
        api_key_id = self.api_key_id

        description = self.description

        total_usd = self.total_usd

        total_diem = self.total_diem

        total_units = self.total_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKeyId": api_key_id,
                "description": description,
                "totalUsd": total_usd,
                "totalDiem": total_diem,
                "totalUnits": total_units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_api_key_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        api_key_id = _parse_api_key_id(d.pop("apiKeyId"))

        description = d.pop("description")

        total_usd = d.pop("totalUsd")

        total_diem = d.pop("totalDiem")

        total_units = d.pop("totalUnits")

        get_billing_usage_analytics_response_200_by_key_item = cls(
            api_key_id=api_key_id,
            description=description,
            total_usd=total_usd,
            total_diem=total_diem,
            total_units=total_units,
        )

        get_billing_usage_analytics_response_200_by_key_item.additional_properties = d
        return get_billing_usage_analytics_response_200_by_key_item

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
