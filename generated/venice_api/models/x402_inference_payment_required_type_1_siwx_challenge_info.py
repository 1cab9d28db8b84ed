from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="X402InferencePaymentRequiredType1SiwxChallengeInfo")


@_attrs_define
class X402InferencePaymentRequiredType1SiwxChallengeInfo:
    """
    Attributes:
        domain (str): Domain for the SIWX challenge. Example: api.venice.ai.
        uri (str): Resource URI for the challenge. Example: https://api.venice.ai/api/v1/chat/completions.
        version (str): SIWX version. Example: 1.
        nonce (str): Unique nonce for replay protection. Example: {{nonce}}.
        issued_at (str): ISO timestamp when the challenge was issued. Example: 2026-04-09T12:00:00.000Z.
        expiration_time (str): ISO timestamp when the challenge expires. Example: 2026-04-09T12:05:00.000Z.
        statement (str): Human-readable statement for the signature. Example: Sign in to Venice AI.
    """

    domain: str
    uri: str
    version: str
    nonce: str
    issued_at: str
    expiration_time: str
    statement: str

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        uri = self.uri

        version = self.version

        nonce = self.nonce

        issued_at = self.issued_at

        expiration_time = self.expiration_time

        statement = self.statement

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain": domain,
                "uri": uri,
                "version": version,
                "nonce": nonce,
                "issuedAt": issued_at,
                "expirationTime": expiration_time,
                "statement": statement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain = d.pop("domain")

        uri = d.pop("uri")

        version = d.pop("version")

        nonce = d.pop("nonce")

        issued_at = d.pop("issuedAt")

        expiration_time = d.pop("expirationTime")

        statement = d.pop("statement")

        x402_inference_payment_required_type_1_siwx_challenge_info = cls(
            domain=domain,
            uri=uri,
            version=version,
            nonce=nonce,
            issued_at=issued_at,
            expiration_time=expiration_time,
            statement=statement,
        )

        return x402_inference_payment_required_type_1_siwx_challenge_info
