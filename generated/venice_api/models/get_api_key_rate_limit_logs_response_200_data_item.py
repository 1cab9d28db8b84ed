from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.get_api_key_rate_limit_logs_response_200_data_item_rate_limit_type import (
    GetApiKeyRateLimitLogsResponse200DataItemRateLimitType,
    check_get_api_key_rate_limit_logs_response_200_data_item_rate_limit_type,
)

T = TypeVar("T", bound="GetApiKeyRateLimitLogsResponse200DataItem")


@_attrs_define
class GetApiKeyRateLimitLogsResponse200DataItem:
    """
    Attributes:
        api_key_id (str): The ID of the API key that exceeded the limit.
        model_id (str): The ID of the model that was used when the rate limit was exceeded. Default: 'zai-org-glm-5-1'.
        rate_limit_tier (str): The API tier of the rate limit. Example: paid.
        rate_limit_type (GetApiKeyRateLimitLogsResponse200DataItemRateLimitType): The type of rate limit that was
            exceeded. RPM, TPM, and RPD are throughput limits (requests per minute, tokens per minute, requests per day).
            FAILED_REQUESTS means too many requests returned a non-success status code within the window.
            UNSUPPORTED_FEATURE_REQUESTS means too many requests asked a model for a feature it does not support. Example:
            RPM.
        timestamp (str): The timestamp when the rate limit was exceeded. Example: 2023-10-01T12:00:00Z.
    """

    api_key_id: str
    rate_limit_tier: str
    rate_limit_type: GetApiKeyRateLimitLogsResponse200DataItemRateLimitType
    timestamp: str
    model_id: str = "zai-org-glm-5-1"

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        model_id = self.model_id

        rate_limit_tier = self.rate_limit_tier

        rate_limit_type: str = self.rate_limit_type

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "apiKeyId": api_key_id,
                "modelId": model_id,
                "rateLimitTier": rate_limit_tier,
                "rateLimitType": rate_limit_type,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key_id = d.pop("apiKeyId")

        model_id = d.pop("modelId")

        rate_limit_tier = d.pop("rateLimitTier")

        rate_limit_type = (
            check_get_api_key_rate_limit_logs_response_200_data_item_rate_limit_type(
                d.pop("rateLimitType")
            )
        )

        timestamp = d.pop("timestamp")

        get_api_key_rate_limit_logs_response_200_data_item = cls(
            api_key_id=api_key_id,
            model_id=model_id,
            rate_limit_tier=rate_limit_tier,
            rate_limit_type=rate_limit_type,
            timestamp=timestamp,
        )

        return get_api_key_rate_limit_logs_response_200_data_item
