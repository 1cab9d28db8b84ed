from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentViolationError")


@_attrs_define
class ContentViolationError:
    """
    Attributes:
        error (str): A description of the error
        suggested_prompt (str | Unset): An optional provider-suggested replacement prompt that complies with content
            policy. Example: A cinematic instrumental track inspired by stormy weather and dramatic tension..
    """

    error: str
    suggested_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        suggested_prompt = self.suggested_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if suggested_prompt is not UNSET:
            field_dict["suggested_prompt"] = suggested_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error")

        suggested_prompt = d.pop("suggested_prompt", UNSET)

        content_violation_error = cls(
            error=error,
            suggested_prompt=suggested_prompt,
        )

        content_violation_error.additional_properties = d
        return content_violation_error

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
