from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem")


@_attrs_define
class GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem:
    """
    Attributes:
        amount (float): The rate limit for the API model. Example: 100.
        type_ (str): The time period for the rate limit. Can be Requests Per Minute (RPM), Requests Per Day (RPD), or
            Tokens Per Minute (TPM). Example: RPM.
    """

    amount: float
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        type_ = d.pop("type")

        get_api_key_rate_limits_response_200_data_rate_limits_item_rate_limits_item = (
            cls(
                amount=amount,
                type_=type_,
            )
        )

        get_api_key_rate_limits_response_200_data_rate_limits_item_rate_limits_item.additional_properties = d
        return (
            get_api_key_rate_limits_response_200_data_rate_limits_item_rate_limits_item
        )

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
