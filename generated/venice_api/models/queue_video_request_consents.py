from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_video_request_consents_seedance import (
        QueueVideoRequestConsentsSeedance,
    )


T = TypeVar("T", bound="QueueVideoRequestConsents")


@_attrs_define
class QueueVideoRequestConsents:
    """Optional provider-specific consent attestations. Required only for models that return a needs_consent response.

    Attributes:
        seedance (QueueVideoRequestConsentsSeedance | Unset):
    """

    seedance: QueueVideoRequestConsentsSeedance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seedance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seedance, Unset):
            seedance = self.seedance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seedance is not UNSET:
            field_dict["seedance"] = seedance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.queue_video_request_consents_seedance import (
            QueueVideoRequestConsentsSeedance,
        )

        d = dict(src_dict)
        _seedance = d.pop("seedance", UNSET)
        seedance: QueueVideoRequestConsentsSeedance | Unset
        if isinstance(_seedance, Unset):
            seedance = UNSET
        else:
            seedance = QueueVideoRequestConsentsSeedance.from_dict(_seedance)

        queue_video_request_consents = cls(
            seedance=seedance,
        )

        queue_video_request_consents.additional_properties = d
        return queue_video_request_consents

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
