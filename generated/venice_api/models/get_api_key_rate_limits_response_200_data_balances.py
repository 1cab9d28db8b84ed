from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetApiKeyRateLimitsResponse200DataBalances")


@_attrs_define
class GetApiKeyRateLimitsResponse200DataBalances:
    """
    Attributes:
        usd (float | Unset): The USD balance of the key. Example: 50.23.
        diem (float | Unset): The Diem balance of the key. Example: 100.023.
    """

    usd: float | Unset = UNSET
    diem: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usd = self.usd

        diem = self.diem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usd is not UNSET:
            field_dict["USD"] = usd
        if diem is not UNSET:
            field_dict["DIEM"] = diem

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usd = d.pop("USD", UNSET)

        diem = d.pop("DIEM", UNSET)

        get_api_key_rate_limits_response_200_data_balances = cls(
            usd=usd,
            diem=diem,
        )

        get_api_key_rate_limits_response_200_data_balances.additional_properties = d
        return get_api_key_rate_limits_response_200_data_balances

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
