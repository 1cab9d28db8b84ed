from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelResponseModelSpecLLMModelPricingOutput")


@_attrs_define
class ModelResponseModelSpecLLMModelPricingOutput:
    """
    Attributes:
        usd (float): USD cost per million output tokens Example: 2.8.
        diem (float): Diem cost per million output tokens Example: 28.
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

        model_response_model_spec_llm_model_pricing_output = cls(
            usd=usd,
            diem=diem,
        )

        model_response_model_spec_llm_model_pricing_output.additional_properties = d
        return model_response_model_spec_llm_model_pricing_output

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
