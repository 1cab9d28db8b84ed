from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetApiKeyRateLimitsResponse200DataApiTier")


@_attrs_define
class GetApiKeyRateLimitsResponse200DataApiTier:
    """
    Attributes:
        id (str): The ID of the API tier. Example: paid.
        is_charged (bool): Is the API key pay per use (in Diem or USD). Example: True.
    """

    id: str
    is_charged: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_charged = self.is_charged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isCharged": is_charged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        is_charged = d.pop("isCharged")

        get_api_key_rate_limits_response_200_data_api_tier = cls(
            id=id,
            is_charged=is_charged,
        )

        get_api_key_rate_limits_response_200_data_api_tier.additional_properties = d
        return get_api_key_rate_limits_response_200_data_api_tier

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
