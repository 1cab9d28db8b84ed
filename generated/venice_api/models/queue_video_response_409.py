from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.queue_video_response_409_consent_flow import (
    QueueVideoResponse409ConsentFlow,
    check_queue_video_response_409_consent_flow,
)
from ..models.queue_video_response_409_face_media_roles_item import (
    QueueVideoResponse409FaceMediaRolesItem,
    check_queue_video_response_409_face_media_roles_item,
)

if TYPE_CHECKING:
    from ..models.queue_video_response_409_consent import QueueVideoResponse409Consent
    from ..models.queue_video_response_409_error import QueueVideoResponse409Error


T = TypeVar("T", bound="QueueVideoResponse409")


@_attrs_define
class QueueVideoResponse409:
    """
    Attributes:
        error (QueueVideoResponse409Error):
        consent_flow (QueueVideoResponse409ConsentFlow):
        face_media_roles (list[QueueVideoResponse409FaceMediaRolesItem]):
        consent (QueueVideoResponse409Consent):
        docs_url (str):
    """

    error: QueueVideoResponse409Error
    consent_flow: QueueVideoResponse409ConsentFlow
    face_media_roles: list[QueueVideoResponse409FaceMediaRolesItem]
    consent: QueueVideoResponse409Consent
    docs_url: str

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        consent_flow: str = self.consent_flow

        face_media_roles = []
        for face_media_roles_item_data in self.face_media_roles:
            face_media_roles_item: str = face_media_roles_item_data
            face_media_roles.append(face_media_roles_item)

        consent = self.consent.to_dict()

        docs_url = self.docs_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "error": error,
                "consent_flow": consent_flow,
                "face_media_roles": face_media_roles,
                "consent": consent,
                "docs_url": docs_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.queue_video_response_409_consent import (
            QueueVideoResponse409Consent,
        )
        from ..models.queue_video_response_409_error import QueueVideoResponse409Error

        d = dict(src_dict)
        error = QueueVideoResponse409Error.from_dict(d.pop("error"))

        consent_flow = check_queue_video_response_409_consent_flow(
            d.pop("consent_flow")
        )

        face_media_roles = []
        _face_media_roles = d.pop("face_media_roles")
        for face_media_roles_item_data in _face_media_roles:
            face_media_roles_item = (
                check_queue_video_response_409_face_media_roles_item(
                    face_media_roles_item_data
                )
            )

            face_media_roles.append(face_media_roles_item)

        consent = QueueVideoResponse409Consent.from_dict(d.pop("consent"))

        docs_url = d.pop("docs_url")

        queue_video_response_409 = cls(
            error=error,
            consent_flow=consent_flow,
            face_media_roles=face_media_roles,
            consent=consent,
            docs_url=docs_url,
        )

        return queue_video_response_409
