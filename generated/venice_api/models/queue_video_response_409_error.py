from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.queue_video_response_409_error_code import (
    QueueVideoResponse409ErrorCode,
    check_queue_video_response_409_error_code,
)

T = TypeVar("T", bound="QueueVideoResponse409Error")


@_attrs_define
class QueueVideoResponse409Error:
    """
    Attributes:
        code (QueueVideoResponse409ErrorCode):
        message (str):
    """

    code: QueueVideoResponse409ErrorCode
    message: str

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = check_queue_video_response_409_error_code(d.pop("code"))

        message = d.pop("message")

        queue_video_response_409_error = cls(
            code=code,
            message=message,
        )

        return queue_video_response_409_error
