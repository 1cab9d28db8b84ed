from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoRpcProxyResponse200Type0Error")


@_attrs_define
class CryptoRpcProxyResponse200Type0Error:
    """JSON-RPC error object. Present on per-request failure (HTTP status is still 200 in that case).

    Attributes:
        code (int | Unset):  Example: -32602.
        message (str | Unset):  Example: invalid params.
        data (Any | Unset):
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        data = d.pop("data", UNSET)

        crypto_rpc_proxy_response_200_type_0_error = cls(
            code=code,
            message=message,
            data=data,
        )

        crypto_rpc_proxy_response_200_type_0_error.additional_properties = d
        return crypto_rpc_proxy_response_200_type_0_error

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
