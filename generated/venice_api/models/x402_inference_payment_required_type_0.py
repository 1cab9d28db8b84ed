from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.x402_inference_payment_required_type_0_accepts_item import (
        X402InferencePaymentRequiredType0AcceptsItem,
    )
    from ..models.x402_inference_payment_required_type_0_auth_options import (
        X402InferencePaymentRequiredType0AuthOptions,
    )
    from ..models.x402_inference_payment_required_type_0_extensions import (
        X402InferencePaymentRequiredType0Extensions,
    )
    from ..models.x402_inference_payment_required_type_0_resource import (
        X402InferencePaymentRequiredType0Resource,
    )


T = TypeVar("T", bound="X402InferencePaymentRequiredType0")


@_attrs_define
class X402InferencePaymentRequiredType0:
    """Returned when an inference request has no API key or wallet authentication. The JSON body includes x402 discovery
    requirements and authentication options.

        Attributes:
            x_402_version (float): x402 protocol version. Example: 2.
            resource (X402InferencePaymentRequiredType0Resource):
            accepts (list[X402InferencePaymentRequiredType0AcceptsItem]): Protocol payment requirements. Clients should
                choose one entry, such as Base or Solana, and sign exactly that requirement.
            auth_options (X402InferencePaymentRequiredType0AuthOptions):
            error (str | Unset): Human-readable payment requirement message. Example: Payment required.
            extensions (X402InferencePaymentRequiredType0Extensions | Unset): Protocol extensions. Inference 402 responses
                include `sign-in-with-x` with a SIWX challenge for wallet-credit authentication.
    """

    x_402_version: float
    resource: X402InferencePaymentRequiredType0Resource
    accepts: list[X402InferencePaymentRequiredType0AcceptsItem]
    auth_options: X402InferencePaymentRequiredType0AuthOptions
    error: str | Unset = UNSET
    extensions: X402InferencePaymentRequiredType0Extensions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        x_402_version = self.x_402_version

        resource = self.resource.to_dict()

        accepts = []
        for accepts_item_data in self.accepts:
            accepts_item = accepts_item_data.to_dict()
            accepts.append(accepts_item)

        auth_options = self.auth_options.to_dict()

        error = self.error

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "x402Version": x_402_version,
                "resource": resource,
                "accepts": accepts,
                "authOptions": auth_options,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.x402_inference_payment_required_type_0_accepts_item import (
            X402InferencePaymentRequiredType0AcceptsItem,
        )
        from ..models.x402_inference_payment_required_type_0_auth_options import (
            X402InferencePaymentRequiredType0AuthOptions,
        )
        from ..models.x402_inference_payment_required_type_0_extensions import (
            X402InferencePaymentRequiredType0Extensions,
        )
        from ..models.x402_inference_payment_required_type_0_resource import (
            X402InferencePaymentRequiredType0Resource,
        )

        d = dict(src_dict)
        x_402_version = d.pop("x402Version")

        resource = X402InferencePaymentRequiredType0Resource.from_dict(
            d.pop("resource")
        )

        accepts = []
        _accepts = d.pop("accepts")
        for accepts_item_data in _accepts:
            accepts_item = X402InferencePaymentRequiredType0AcceptsItem.from_dict(
                accepts_item_data
            )

            accepts.append(accepts_item)

        auth_options = X402InferencePaymentRequiredType0AuthOptions.from_dict(
            d.pop("authOptions")
        )

        error = d.pop("error", UNSET)

        _extensions = d.pop("extensions", UNSET)
        extensions: X402InferencePaymentRequiredType0Extensions | Unset
        if isinstance(_extensions, Unset):
            extensions = UNSET
        else:
            extensions = X402InferencePaymentRequiredType0Extensions.from_dict(
                _extensions
            )

        x402_inference_payment_required_type_0 = cls(
            x_402_version=x_402_version,
            resource=resource,
            accepts=accepts,
            auth_options=auth_options,
            error=error,
            extensions=extensions,
        )

        return x402_inference_payment_required_type_0
