from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueVideoResponse200")


@_attrs_define
class QueueVideoResponse200:
    """
    Attributes:
        model (str): The ID of the model used for video generation. Example: video-model-123.
        queue_id (str): The ID of the video generation request. Example: 123e4567-e89b-12d3-a456-426614174000.
        download_url (str | Unset): Pre-signed URL to download the completed video. Only present for VPS-backed models.
            When provided, the retrieve endpoint returns JSON status only (no video stream). Fetch this URL after status is
            COMPLETED to get the video/mp4 file. Valid for 24 hours.
    """

    model: str
    queue_id: str
    download_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        queue_id = self.queue_id

        download_url = self.download_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "queue_id": queue_id,
            }
        )
        if download_url is not UNSET:
            field_dict["download_url"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        queue_id = d.pop("queue_id")

        download_url = d.pop("download_url", UNSET)

        queue_video_response_200 = cls(
            model=model,
            queue_id=queue_id,
            download_url=download_url,
        )

        return queue_video_response_200
