from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="X402InferencePaymentRequiredType0AuthOptionsApiKey")


@_attrs_define
class X402InferencePaymentRequiredType0AuthOptionsApiKey:
    """
    Attributes:
        header (str): API key authentication header format. Example: Authorization: Bearer YOUR_API_KEY.
        get_key (str): Where to create or manage API keys. Example: https://venice.ai/settings/api.
        docs (str): API key documentation URL. Example: https://docs.venice.ai/api-reference.
    """

    header: str
    get_key: str
    docs: str

    def to_dict(self) -> dict[str, Any]:
        header = self.header

        get_key = self.get_key

        docs = self.docs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "header": header,
                "getKey": get_key,
                "docs": docs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        header = d.pop("header")

        get_key = d.pop("getKey")

        docs = d.pop("docs")

        x402_inference_payment_required_type_0_auth_options_api_key = cls(
            header=header,
            get_key=get_key,
            docs=docs,
        )

        return x402_inference_payment_required_type_0_auth_options_api_key
