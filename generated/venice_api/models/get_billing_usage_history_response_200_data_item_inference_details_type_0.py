from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetBillingUsageHistoryResponse200DataItemInferenceDetailsType0")


@_attrs_define
class GetBillingUsageHistoryResponse200DataItemInferenceDetailsType0:
    """Details about the related inference request, if applicable

    Attributes:
        completion_tokens (int | None): Number of tokens used in the completion. null for non-LLM usage or when the
            count was not recorded.
        inference_execution_time (int | None): Time taken for inference execution in milliseconds. null when the timing
            was not recorded.
        prompt_tokens (int | None): Number of tokens requested in the prompt. null for non-LLM usage or when the count
            was not recorded.
        request_id (str): Unique identifier for the inference request
    """

    completion_tokens: int | None
    inference_execution_time: int | None
    prompt_tokens: int | None
    request_id: str

    def to_dict(self) -> dict[str, Any]:
        completion_tokens: int | None
        completion_tokens = self.completion_tokens

        inference_execution_time: int | None
        inference_execution_time = self.inference_execution_time

        prompt_tokens: int | None
        prompt_tokens = self.prompt_tokens

        request_id = self.request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completionTokens": completion_tokens,
                "inferenceExecutionTime": inference_execution_time,
                "promptTokens": prompt_tokens,
                "requestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_completion_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        completion_tokens = _parse_completion_tokens(d.pop("completionTokens"))

        def _parse_inference_execution_time(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        inference_execution_time = _parse_inference_execution_time(
            d.pop("inferenceExecutionTime")
        )

        def _parse_prompt_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        prompt_tokens = _parse_prompt_tokens(d.pop("promptTokens"))

        request_id = d.pop("requestId")

        get_billing_usage_history_response_200_data_item_inference_details_type_0 = cls(
            completion_tokens=completion_tokens,
            inference_execution_time=inference_execution_time,
            prompt_tokens=prompt_tokens,
            request_id=request_id,
        )

        return get_billing_usage_history_response_200_data_item_inference_details_type_0
