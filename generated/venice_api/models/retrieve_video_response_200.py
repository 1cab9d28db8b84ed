from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retrieve_video_response_200_status import (
    RetrieveVideoResponse200Status,
    check_retrieve_video_response_200_status,
)

T = TypeVar("T", bound="RetrieveVideoResponse200")


@_attrs_define
class RetrieveVideoResponse200:
    """
    Attributes:
        status (RetrieveVideoResponse200Status): The status of the video generation request. Example: PROCESSING.
        average_execution_time (float): The estimated execution time of the video generation request in milliseconds
            (P80). Example: 145000.
        execution_duration (float): The current duration of the video generation request in milliseconds. Example:
            53200.
    """

    status: RetrieveVideoResponse200Status
    average_execution_time: float
    execution_duration: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        average_execution_time = self.average_execution_time

        execution_duration = self.execution_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "average_execution_time": average_execution_time,
                "execution_duration": execution_duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = check_retrieve_video_response_200_status(d.pop("status"))

        average_execution_time = d.pop("average_execution_time")

        execution_duration = d.pop("execution_duration")

        retrieve_video_response_200 = cls(
            status=status,
            average_execution_time=average_execution_time,
            execution_duration=execution_duration,
        )

        retrieve_video_response_200.additional_properties = d
        return retrieve_video_response_200

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
