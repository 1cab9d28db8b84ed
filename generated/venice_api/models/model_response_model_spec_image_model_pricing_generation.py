from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelResponseModelSpecImageModelPricingGeneration")


@_attrs_define
class ModelResponseModelSpecImageModelPricingGeneration:
    """Base pricing for image generation. Only present for models without resolution-specific pricing.

    Attributes:
        usd (float): USD cost per image generation (base price) Example: 0.01.
        diem (float): Diem cost per image generation (base price) Example: 0.1.
    """

    usd: float
    diem: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usd = self.usd

        diem = self.diem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usd": usd,
                "diem": diem,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usd = d.pop("usd")

        diem = d.pop("diem")

        model_response_model_spec_image_model_pricing_generation = cls(
            usd=usd,
            diem=diem,
        )

        model_response_model_spec_image_model_pricing_generation.additional_properties = d
        return model_response_model_spec_image_model_pricing_generation

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
