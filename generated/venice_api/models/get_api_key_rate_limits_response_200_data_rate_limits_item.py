from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_api_key_rate_limits_response_200_data_rate_limits_item_rate_limits_item import (
        GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem,
    )


T = TypeVar("T", bound="GetApiKeyRateLimitsResponse200DataRateLimitsItem")


@_attrs_define
class GetApiKeyRateLimitsResponse200DataRateLimitsItem:
    """
    Attributes:
        rate_limits (list[GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem]):
        api_model_id (str | Unset): The ID of the API model. Example: zai-org-glm-5-1.
    """

    rate_limits: list[GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem]
    api_model_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limits = []
        for rate_limits_item_data in self.rate_limits:
            rate_limits_item = rate_limits_item_data.to_dict()
            rate_limits.append(rate_limits_item)

        api_model_id = self.api_model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rateLimits": rate_limits,
            }
        )
        if api_model_id is not UNSET:
            field_dict["apiModelId"] = api_model_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_api_key_rate_limits_response_200_data_rate_limits_item_rate_limits_item import (
            GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem,
        )

        d = dict(src_dict)
        rate_limits = []
        _rate_limits = d.pop("rateLimits")
        for rate_limits_item_data in _rate_limits:
            rate_limits_item = GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem.from_dict(
                rate_limits_item_data
            )

            rate_limits.append(rate_limits_item)

        api_model_id = d.pop("apiModelId", UNSET)

        get_api_key_rate_limits_response_200_data_rate_limits_item = cls(
            rate_limits=rate_limits,
            api_model_id=api_model_id,
        )

        get_api_key_rate_limits_response_200_data_rate_limits_item.additional_properties = d
        return get_api_key_rate_limits_response_200_data_rate_limits_item

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
