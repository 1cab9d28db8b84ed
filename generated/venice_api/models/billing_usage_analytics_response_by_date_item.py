from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingUsageAnalyticsResponseByDateItem")


@_attrs_define
class BillingUsageAnalyticsResponseByDateItem:
    """
    Attributes:
        date (str): Date in YYYY-MM-DD format Example: 2024-01-15.
        usd (float): Total USD usage for this date
        diem (float): Total DIEM usage for this date
    """

    date: str
    usd: float
    diem: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        usd = self.usd

        diem = self.diem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "USD": usd,
                "DIEM": diem,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date")

        usd = d.pop("USD")

        diem = d.pop("DIEM")

        billing_usage_analytics_response_by_date_item = cls(
            date=date,
            usd=usd,
            diem=diem,
        )

        billing_usage_analytics_response_by_date_item.additional_properties = d
        return billing_usage_analytics_response_by_date_item

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
