from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelResponseModelSpecPricingType6DurationsAdditionalProperty")


@_attrs_define
class ModelResponseModelSpecPricingType6DurationsAdditionalProperty:
    """
    Attributes:
        usd (float): USD cost for this duration tier Example: 0.87.
        diem (float): Diem cost for this duration tier Example: 0.87.
        min_seconds (float): Minimum duration (inclusive) in seconds that falls into this pricing tier Example: 1.
        max_seconds (float): Maximum duration (inclusive) in seconds that falls into this pricing tier Example: 60.
    """

    usd: float
    diem: float
    min_seconds: float
    max_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usd = self.usd

        diem = self.diem

        min_seconds = self.min_seconds

        max_seconds = self.max_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usd": usd,
                "diem": diem,
                "min_seconds": min_seconds,
                "max_seconds": max_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usd = d.pop("usd")

        diem = d.pop("diem")

        min_seconds = d.pop("min_seconds")

        max_seconds = d.pop("max_seconds")

        model_response_model_spec_pricing_type_6_durations_additional_property = cls(
            usd=usd,
            diem=diem,
            min_seconds=min_seconds,
            max_seconds=max_seconds,
        )

        model_response_model_spec_pricing_type_6_durations_additional_property.additional_properties = d
        return model_response_model_spec_pricing_type_6_durations_additional_property

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
