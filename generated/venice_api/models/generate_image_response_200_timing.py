from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenerateImageResponse200Timing")


@_attrs_define
class GenerateImageResponse200Timing:
    """
    Attributes:
        inference_duration (float): Duration of inference in milliseconds
        inference_preprocessing_time (float): Duration of preprocessing in milliseconds
        inference_queue_time (float): Duration of queueing in milliseconds
        total (float): Total duration of the request in milliseconds
    """

    inference_duration: float
    inference_preprocessing_time: float
    inference_queue_time: float
    total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inference_duration = self.inference_duration

        inference_preprocessing_time = self.inference_preprocessing_time

        inference_queue_time = self.inference_queue_time

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inferenceDuration": inference_duration,
                "inferencePreprocessingTime": inference_preprocessing_time,
                "inferenceQueueTime": inference_queue_time,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inference_duration = d.pop("inferenceDuration")

        inference_preprocessing_time = d.pop("inferencePreprocessingTime")

        inference_queue_time = d.pop("inferenceQueueTime")

        total = d.pop("total")

        generate_image_response_200_timing = cls(
            inference_duration=inference_duration,
            inference_preprocessing_time=inference_preprocessing_time,
            inference_queue_time=inference_queue_time,
            total=total,
        )

        generate_image_response_200_timing.additional_properties = d
        return generate_image_response_200_timing

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
