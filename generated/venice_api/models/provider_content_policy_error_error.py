from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_content_policy_error_error_type import (
    ProviderContentPolicyErrorErrorType,
    check_provider_content_policy_error_error_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderContentPolicyErrorError")


@_attrs_define
class ProviderContentPolicyErrorError:
    """
    Attributes:
        message (str): A human-readable explanation of the provider content policy rejection and the recommended next
            action. Example: The selected model provider rejected this request due to its content policies. Credits have
            been refunded. Try using wan-2-7-text-to-video instead..
        type_ (ProviderContentPolicyErrorErrorType): Machine-readable error type for provider content policy rejections.
            Example: provider_content_policy.
        credits_refunded (bool): Whether credits were refunded for the rejected generation. Example: True.
        recommended_model (str | Unset): A model ID that can be used as an alternative when a recommendation is
            available. Example: wan-2-7-text-to-video.
    """

    message: str
    type_: ProviderContentPolicyErrorErrorType
    credits_refunded: bool
    recommended_model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_: str = self.type_

        credits_refunded = self.credits_refunded

        recommended_model = self.recommended_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "type": type_,
                "credits_refunded": credits_refunded,
            }
        )
        if recommended_model is not UNSET:
            field_dict["recommended_model"] = recommended_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        type_ = check_provider_content_policy_error_error_type(d.pop("type"))

        credits_refunded = d.pop("credits_refunded")

        recommended_model = d.pop("recommended_model", UNSET)

        provider_content_policy_error_error = cls(
            message=message,
            type_=type_,
            credits_refunded=credits_refunded,
            recommended_model=recommended_model,
        )

        provider_content_policy_error_error.additional_properties = d
        return provider_content_policy_error_error

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
