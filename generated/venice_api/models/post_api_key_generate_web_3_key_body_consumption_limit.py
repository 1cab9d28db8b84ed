from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostApiKeyGenerateWeb3KeyBodyConsumptionLimit")


@_attrs_define
class PostApiKeyGenerateWeb3KeyBodyConsumptionLimit:
    """The API Key consumption limits, evaluated against the window selected by `limitPeriod`.

    Example:
        {'usd': 50, 'diem': 10, 'vcu': 30}

    Attributes:
        usd (float | None | Unset): USD limit Example: 50.
        diem (float | None | Unset): Diem limit Example: 10.
        vcu (float | None | Unset): VCU limit (deprecated - use Diem instead) Example: 100.
    """

    usd: float | None | Unset = UNSET
    diem: float | None | Unset = UNSET
    vcu: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usd: float | None | Unset
        if isinstance(self.usd, Unset):
            usd = UNSET
        else:
            usd = self.usd

        diem: float | None | Unset
        if isinstance(self.diem, Unset):
            diem = UNSET
        else:
            diem = self.diem

        vcu: float | None | Unset
        if isinstance(self.vcu, Unset):
            vcu = UNSET
        else:
            vcu = self.vcu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usd is not UNSET:
            field_dict["usd"] = usd
        if diem is not UNSET:
            field_dict["diem"] = diem
        if vcu is not UNSET:
            field_dict["vcu"] = vcu

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        usd = _parse_usd(d.pop("usd", UNSET))

        def _parse_diem(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        diem = _parse_diem(d.pop("diem", UNSET))

        def _parse_vcu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vcu = _parse_vcu(d.pop("vcu", UNSET))

        post_api_key_generate_web_3_key_body_consumption_limit = cls(
            usd=usd,
            diem=diem,
            vcu=vcu,
        )

        post_api_key_generate_web_3_key_body_consumption_limit.additional_properties = d
        return post_api_key_generate_web_3_key_body_consumption_limit

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
