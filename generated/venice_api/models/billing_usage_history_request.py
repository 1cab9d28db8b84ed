from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_usage_history_request_currency import (
    BillingUsageHistoryRequestCurrency,
    check_billing_usage_history_request_currency,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingUsageHistoryRequest")


@_attrs_define
class BillingUsageHistoryRequest:
    """
    Attributes:
        currency (BillingUsageHistoryRequestCurrency | Unset): Filter by consumable currency Example: USD.
        cursor (str | Unset): Opaque continuation token from a previous response's nextCursor. The cursor carries the
            filters of the walk it continues, so no filter parameters may be sent alongside it. Example:
            AZq3fK9tXhIVDm2j4vN8cQwYt1sB6uEoLxRgPzKaJdHfM5nC7yW0K3w.
        end_timestamp (datetime.datetime | Unset): Exclusive upper bound on entry timestamps (ISO 8601 UTC, "Z" suffix).
            Must be later than startTimestamp; consecutive windows sharing a boundary walk the history without gaps or
            overlaps. Carried forward by the cursor. Example: 2026-07-01T00:00:00Z.
        page_size (int | Unset): Number of entries per page. Carried forward by the cursor. Default: 1000. Example:
            1000.
        start_timestamp (datetime.datetime | Unset): Inclusive lower bound on entry timestamps (ISO 8601 UTC, "Z"
            suffix). First page only: a continuation resumes from the cursor position instead. Example:
            2026-06-01T00:00:00Z.
    """

    currency: BillingUsageHistoryRequestCurrency | Unset = UNSET
    cursor: str | Unset = UNSET
    end_timestamp: datetime.datetime | Unset = UNSET
    page_size: int | Unset = 1000
    start_timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        cursor = self.cursor

        end_timestamp: str | Unset = UNSET
        if not isinstance(self.end_timestamp, Unset):
            end_timestamp = self.end_timestamp.isoformat()

        page_size = self.page_size

        start_timestamp: str | Unset = UNSET
        if not isinstance(self.start_timestamp, Unset):
            start_timestamp = self.start_timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if end_timestamp is not UNSET:
            field_dict["endTimestamp"] = end_timestamp
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if start_timestamp is not UNSET:
            field_dict["startTimestamp"] = start_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: BillingUsageHistoryRequestCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = check_billing_usage_history_request_currency(_currency)

        cursor = d.pop("cursor", UNSET)

        _end_timestamp = d.pop("endTimestamp", UNSET)
        end_timestamp: datetime.datetime | Unset
        if isinstance(_end_timestamp, Unset):
            end_timestamp = UNSET
        else:
            end_timestamp = datetime.datetime.fromisoformat(_end_timestamp)

        page_size = d.pop("pageSize", UNSET)

        _start_timestamp = d.pop("startTimestamp", UNSET)
        start_timestamp: datetime.datetime | Unset
        if isinstance(_start_timestamp, Unset):
            start_timestamp = UNSET
        else:
            start_timestamp = datetime.datetime.fromisoformat(_start_timestamp)

        billing_usage_history_request = cls(
            currency=currency,
            cursor=cursor,
            end_timestamp=end_timestamp,
            page_size=page_size,
            start_timestamp=start_timestamp,
        )

        billing_usage_history_request.additional_properties = d
        return billing_usage_history_request

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
