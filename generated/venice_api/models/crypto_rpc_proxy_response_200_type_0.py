from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crypto_rpc_proxy_response_200_type_0_error import (
        CryptoRpcProxyResponse200Type0Error,
    )


T = TypeVar("T", bound="CryptoRpcProxyResponse200Type0")


@_attrs_define
class CryptoRpcProxyResponse200Type0:
    """
    Attributes:
        jsonrpc (str | Unset):  Example: 2.0.
        id (int | str | Unset):
        result (Any | Unset): Method-dependent result. Present on success.
        error (CryptoRpcProxyResponse200Type0Error | Unset): JSON-RPC error object. Present on per-request failure (HTTP
            status is still 200 in that case).
    """

    jsonrpc: str | Unset = UNSET
    id: int | str | Unset = UNSET
    result: Any | Unset = UNSET
    error: CryptoRpcProxyResponse200Type0Error | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        result = self.result

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jsonrpc is not UNSET:
            field_dict["jsonrpc"] = jsonrpc
        if id is not UNSET:
            field_dict["id"] = id
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.crypto_rpc_proxy_response_200_type_0_error import (
            CryptoRpcProxyResponse200Type0Error,
        )

        d = dict(src_dict)
        jsonrpc = d.pop("jsonrpc", UNSET)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        result = d.pop("result", UNSET)

        _error = d.pop("error", UNSET)
        error: CryptoRpcProxyResponse200Type0Error | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = CryptoRpcProxyResponse200Type0Error.from_dict(_error)

        crypto_rpc_proxy_response_200_type_0 = cls(
            jsonrpc=jsonrpc,
            id=id,
            result=result,
            error=error,
        )

        crypto_rpc_proxy_response_200_type_0.additional_properties = d
        return crypto_rpc_proxy_response_200_type_0

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
