from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="QueueVideoResponse409Consent")


@_attrs_define
class QueueVideoResponse409Consent:
    """
    Attributes:
        consent_version (str):
        policy_text (str):
    """

    consent_version: str
    policy_text: str

    def to_dict(self) -> dict[str, Any]:
        consent_version = self.consent_version

        policy_text = self.policy_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "consent_version": consent_version,
                "policy_text": policy_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        consent_version = d.pop("consent_version")

        policy_text = d.pop("policy_text")

        queue_video_response_409_consent = cls(
            consent_version=consent_version,
            policy_text=policy_text,
        )

        return queue_video_response_409_consent
