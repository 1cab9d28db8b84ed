from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelResponseModelSpecImageModelConstraintsSteps")


@_attrs_define
class ModelResponseModelSpecImageModelConstraintsSteps:
    """
    Attributes:
        default (float): The default steps value for the model Example: 25.
        max_ (float): The maximum supported steps value for the model Example: 50.
    """

    default: float
    max_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default = self.default

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default": default,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        default = d.pop("default")

        max_ = d.pop("max")

        model_response_model_spec_image_model_constraints_steps = cls(
            default=default,
            max_=max_,
        )

        model_response_model_spec_image_model_constraints_steps.additional_properties = d
        return model_response_model_spec_image_model_constraints_steps

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
