from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetBillingUsageAnalyticsResponse200ByModelItemBreakdownItem")


@_attrs_define
class GetBillingUsageAnalyticsResponse200ByModelItemBreakdownItem:
    """
    Attributes:
        type_ (str): Token type (e.g., "Input", "Output", "Cache Read", "Cache Write")
        usd (float): USD amount for this breakdown
        diem (float): DIEM amount for this breakdown
        units (float): Number of units for this breakdown
    """

    type_: str
    usd: float
    diem: float
    units: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        usd = self.usd

        diem = self.diem

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "usd": usd,
                "diem": diem,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        usd = d.pop("usd")

        diem = d.pop("diem")

        units = d.pop("units")

        get_billing_usage_analytics_response_200_by_model_item_breakdown_item = cls(
            type_=type_,
            usd=usd,
            diem=diem,
            units=units,
        )

        get_billing_usage_analytics_response_200_by_model_item_breakdown_item.additional_properties = d
        return get_billing_usage_analytics_response_200_by_model_item_breakdown_item

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
