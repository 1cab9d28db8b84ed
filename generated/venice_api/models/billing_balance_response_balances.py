from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingBalanceResponseBalances")


@_attrs_define
class BillingBalanceResponseBalances:
    """
    Attributes:
        diem (float | None): Remaining DIEM balance for current epoch. Null if not staking. Example: 90.5.
        usd (float | None): Remaining USD balance. Null if not available. Example: 25.
    """

    diem: float | None
    usd: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diem: float | None
        diem = self.diem

        usd: float | None
        usd = self.usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diem": diem,
                "usd": usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_diem(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        diem = _parse_diem(d.pop("diem"))

        def _parse_usd(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        usd = _parse_usd(d.pop("usd"))

        billing_balance_response_balances = cls(
            diem=diem,
            usd=usd,
        )

        billing_balance_response_balances.additional_properties = d
        return billing_balance_response_balances

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
