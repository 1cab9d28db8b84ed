from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QueueVideoRequestConsentsSeedance")


@_attrs_define
class QueueVideoRequestConsentsSeedance:
    """
    Attributes:
        confirmed_terms_and_privacy (bool): Confirms acceptance of the current provider policy text returned in the
            needs_consent response. Example: True.
        confirmed_legal_right (bool): Confirms the API user has the legal right to use the submitted media. Example:
            True.
        confirmed_screening_acknowledged (bool): Acknowledges that submitted media may be screened before processing.
            Example: True.
    """

    confirmed_terms_and_privacy: bool
    confirmed_legal_right: bool
    confirmed_screening_acknowledged: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmed_terms_and_privacy = self.confirmed_terms_and_privacy

        confirmed_legal_right = self.confirmed_legal_right

        confirmed_screening_acknowledged = self.confirmed_screening_acknowledged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confirmed_terms_and_privacy": confirmed_terms_and_privacy,
                "confirmed_legal_right": confirmed_legal_right,
                "confirmed_screening_acknowledged": confirmed_screening_acknowledged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confirmed_terms_and_privacy = d.pop("confirmed_terms_and_privacy")

        confirmed_legal_right = d.pop("confirmed_legal_right")

        confirmed_screening_acknowledged = d.pop("confirmed_screening_acknowledged")

        queue_video_request_consents_seedance = cls(
            confirmed_terms_and_privacy=confirmed_terms_and_privacy,
            confirmed_legal_right=confirmed_legal_right,
            confirmed_screening_acknowledged=confirmed_screening_acknowledged,
        )

        queue_video_request_consents_seedance.additional_properties = d
        return queue_video_request_consents_seedance

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
