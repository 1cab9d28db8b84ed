from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_response_model_spec_pricing_type_8_per_thousand_characters import (
        ModelResponseModelSpecPricingType8PerThousandCharacters,
    )


T = TypeVar("T", bound="ModelResponseModelSpecPricingType8")


@_attrs_define
class ModelResponseModelSpecPricingType8:
    """
    Attributes:
        per_thousand_characters (ModelResponseModelSpecPricingType8PerThousandCharacters):
    """

    per_thousand_characters: ModelResponseModelSpecPricingType8PerThousandCharacters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_thousand_characters = self.per_thousand_characters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "per_thousand_characters": per_thousand_characters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_pricing_type_8_per_thousand_characters import (
            ModelResponseModelSpecPricingType8PerThousandCharacters,
        )

        d = dict(src_dict)
        per_thousand_characters = (
            ModelResponseModelSpecPricingType8PerThousandCharacters.from_dict(
                d.pop("per_thousand_characters")
            )
        )

        model_response_model_spec_pricing_type_8 = cls(
            per_thousand_characters=per_thousand_characters,
        )

        model_response_model_spec_pricing_type_8.additional_properties = d
        return model_response_model_spec_pricing_type_8

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
