from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingUsageAnalyticsRequest")


@_attrs_define
class BillingUsageAnalyticsRequest:
    """
    Attributes:
        lookback (str | Unset): Lookback period for usage data. Format: number followed by "d" (e.g., "7d", "30d").
            Maximum: 90d Default: '7d'. Example: 7d.
        start_date (str | Unset): Start date for filtering records (YYYY-MM-DD). If provided, endDate is also required.
            Example: 2024-01-01.
        end_date (str | Unset): End date for filtering records (YYYY-MM-DD). If provided, startDate is also required.
            Example: 2024-01-31.
    """

    lookback: str | Unset = "7d"
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lookback = self.lookback

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lookback is not UNSET:
            field_dict["lookback"] = lookback
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lookback = d.pop("lookback", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        billing_usage_analytics_request = cls(
            lookback=lookback,
            start_date=start_date,
            end_date=end_date,
        )

        billing_usage_analytics_request.additional_properties = d
        return billing_usage_analytics_request

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
