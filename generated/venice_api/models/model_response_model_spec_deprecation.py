from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelResponseModelSpecDeprecation")


@_attrs_define
class ModelResponseModelSpecDeprecation:
    """Deprecation information for the model. Only present for models scheduled to be retired

    Example:
        {'autoRemap': False, 'date': '2025-03-01T00:00:00.000Z', 'removesAt': '2025-03-01T00:00:00.000Z'}

    Attributes:
        auto_remap (bool): When true, Venice may automatically remap API requests for this model ID to
            replacementModelId instead of returning an error. Example: False.
        date (str): Legacy ISO 8601 instant aligned with the deprecation sunset used in response headers (`x-venice-
            model-deprecation-date`). Prefer startsAt / removesAt for new integrations. Example: 2025-03-01T00:00:00.000Z.
        removes_at (str): ISO 8601 instant when this model ID is omitted from public GET /models listings (same value as
            `date` today). Consumers should treat the current wall-clock time as past this instant when deciding whether the
            model remains listed. Example: 2025-04-01T00:00:00.000Z.
        replacement_model_id (str | Unset): Suggested public API model ID to migrate to, when one exists. Example:
            llama-3-3-70b.
        starts_at (str | Unset): ISO 8601 instant when deprecation warnings and documentation should be considered
            active for this model. Example: 2025-03-01T00:00:00.000Z.
    """

    auto_remap: bool
    date: str
    removes_at: str
    replacement_model_id: str | Unset = UNSET
    starts_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_remap = self.auto_remap

        date = self.date

        removes_at = self.removes_at

        replacement_model_id = self.replacement_model_id

        starts_at = self.starts_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "autoRemap": auto_remap,
                "date": date,
                "removesAt": removes_at,
            }
        )
        if replacement_model_id is not UNSET:
            field_dict["replacementModelId"] = replacement_model_id
        if starts_at is not UNSET:
            field_dict["startsAt"] = starts_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auto_remap = d.pop("autoRemap")

        date = d.pop("date")

        removes_at = d.pop("removesAt")

        replacement_model_id = d.pop("replacementModelId", UNSET)

        starts_at = d.pop("startsAt", UNSET)

        model_response_model_spec_deprecation = cls(
            auto_remap=auto_remap,
            date=date,
            removes_at=removes_at,
            replacement_model_id=replacement_model_id,
            starts_at=starts_at,
        )

        model_response_model_spec_deprecation.additional_properties = d
        return model_response_model_spec_deprecation

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
