from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="X402InferencePaymentRequiredType0Resource")


@_attrs_define
class X402InferencePaymentRequiredType0Resource:
    """
    Attributes:
        url (str): Protected resource URL. Example: https://api.venice.ai/api/v1/chat/completions.
        description (str): Human-readable resource description. Example: Venice API.
        mime_type (str): Resource MIME type. Example: application/json.
    """

    url: str
    description: str
    mime_type: str

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        description = self.description

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "description": description,
                "mimeType": mime_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        description = d.pop("description")

        mime_type = d.pop("mimeType")

        x402_inference_payment_required_type_0_resource = cls(
            url=url,
            description=description,
            mime_type=mime_type,
        )

        return x402_inference_payment_required_type_0_resource
