from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_api_key_rate_limits_response_200_data_api_tier import (
        GetApiKeyRateLimitsResponse200DataApiTier,
    )
    from ..models.get_api_key_rate_limits_response_200_data_balances import (
        GetApiKeyRateLimitsResponse200DataBalances,
    )
    from ..models.get_api_key_rate_limits_response_200_data_rate_limits_item import (
        GetApiKeyRateLimitsResponse200DataRateLimitsItem,
    )


T = TypeVar("T", bound="GetApiKeyRateLimitsResponse200Data")


@_attrs_define
class GetApiKeyRateLimitsResponse200Data:
    """
    Attributes:
        access_permitted (bool): Does the API key have access to consume the inference APIs? Example: True.
        api_tier (GetApiKeyRateLimitsResponse200DataApiTier):
        balances (GetApiKeyRateLimitsResponse200DataBalances):
        key_expiration (None | str): The timestamp the API key expires. If null, the key never expires. Example:
            2025-06-01T00:00:00Z.
        next_epoch_begins (str): The timestamp when the next epoch begins. This is relevant for rate limits that reset
            at the start of each epoch. Example: 2025-05-07T00:00:00.000Z.
        rate_limits (list[GetApiKeyRateLimitsResponse200DataRateLimitsItem]):
    """

    access_permitted: bool
    api_tier: GetApiKeyRateLimitsResponse200DataApiTier
    balances: GetApiKeyRateLimitsResponse200DataBalances
    key_expiration: None | str
    next_epoch_begins: str
    rate_limits: list[GetApiKeyRateLimitsResponse200DataRateLimitsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_permitted = self.access_permitted

        api_tier = self.api_tier.to_dict()

        balances = self.balances.to_dict()

        key_expiration: None | str
        key_expiration = self.key_expiration

        next_epoch_begins = self.next_epoch_begins

        rate_limits = []
        for rate_limits_item_data in self.rate_limits:
            rate_limits_item = rate_limits_item_data.to_dict()
            rate_limits.append(rate_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessPermitted": access_permitted,
                "apiTier": api_tier,
                "balances": balances,
                "keyExpiration": key_expiration,
                "nextEpochBegins": next_epoch_begins,
                "rateLimits": rate_limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_api_key_rate_limits_response_200_data_api_tier import (
            GetApiKeyRateLimitsResponse200DataApiTier,
        )
        from ..models.get_api_key_rate_limits_response_200_data_balances import (
            GetApiKeyRateLimitsResponse200DataBalances,
        )
        from ..models.get_api_key_rate_limits_response_200_data_rate_limits_item import (
            GetApiKeyRateLimitsResponse200DataRateLimitsItem,
        )

        d = dict(src_dict)
        access_permitted = d.pop("accessPermitted")

        api_tier = GetApiKeyRateLimitsResponse200DataApiTier.from_dict(d.pop("apiTier"))

        balances = GetApiKeyRateLimitsResponse200DataBalances.from_dict(
            d.pop("balances")
        )

        def _parse_key_expiration(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key_expiration = _parse_key_expiration(d.pop("keyExpiration"))

        next_epoch_begins = d.pop("nextEpochBegins")

        rate_limits = []
        _rate_limits = d.pop("rateLimits")
        for rate_limits_item_data in _rate_limits:
            rate_limits_item = (
                GetApiKeyRateLimitsResponse200DataRateLimitsItem.from_dict(
                    rate_limits_item_data
                )
            )

            rate_limits.append(rate_limits_item)

        get_api_key_rate_limits_response_200_data = cls(
            access_permitted=access_permitted,
            api_tier=api_tier,
            balances=balances,
            key_expiration=key_expiration,
            next_epoch_begins=next_epoch_begins,
            rate_limits=rate_limits,
        )

        get_api_key_rate_limits_response_200_data.additional_properties = d
        return get_api_key_rate_limits_response_200_data

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
