from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="X402InferencePaymentRequiredType0AuthOptionsX402Wallet")


@_attrs_define
class X402InferencePaymentRequiredType0AuthOptionsX402Wallet:
    """
    Attributes:
        header (str): Header used for Sign-In-With-X wallet authentication. Example: SIGN-IN-WITH-X.
        legacy_header (str): Legacy Sign-In-With-X header accepted during migration. Example: X-Sign-In-With-X.
        top_up (str): Endpoint used to discover and submit x402 top-up payments. Example: POST /api/v1/x402/top-up.
        docs (str): x402 top-up API documentation URL. Example: https://docs.venice.ai/api-reference/endpoint/x402/top-
            up.
    """

    header: str
    legacy_header: str
    top_up: str
    docs: str

    def to_dict(self) -> dict[str, Any]:
        header = self.header

        legacy_header = self.legacy_header

        top_up = self.top_up

        docs = self.docs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "header": header,
                "legacyHeader": legacy_header,
                "topUp": top_up,
                "docs": docs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        header = d.pop("header")

        legacy_header = d.pop("legacyHeader")

        top_up = d.pop("topUp")

        docs = d.pop("docs")

        x402_inference_payment_required_type_0_auth_options_x402_wallet = cls(
            header=header,
            legacy_header=legacy_header,
            top_up=top_up,
            docs=docs,
        )

        return x402_inference_payment_required_type_0_auth_options_x402_wallet
