from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crypto_rpc_proxy_body_type_0_jsonrpc import (
    CryptoRpcProxyBodyType0Jsonrpc,
    check_crypto_rpc_proxy_body_type_0_jsonrpc,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoRpcProxyBodyType0")


@_attrs_define
class CryptoRpcProxyBodyType0:
    """
    Attributes:
        method (str): JSON-RPC method name. See the "Supported methods" section of the endpoint description for the
            classification into 1×/2×/4× pricing tiers. Example: eth_chainId.
        jsonrpc (CryptoRpcProxyBodyType0Jsonrpc | Unset):  Example: 2.0.
        params (list[Any] | Unset): Method parameters. Shape depends on the method; see the upstream chain
            documentation. Example: [].
        id (int | str | Unset): Caller-supplied request ID echoed back in the response. Required for batch request
            correlation. Example: 1.
    """

    method: str
    jsonrpc: CryptoRpcProxyBodyType0Jsonrpc | Unset = UNSET
    params: list[Any] | Unset = UNSET
    id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        jsonrpc: str | Unset = UNSET
        if not isinstance(self.jsonrpc, Unset):
            jsonrpc = self.jsonrpc

        params: list[Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
            }
        )
        if jsonrpc is not UNSET:
            field_dict["jsonrpc"] = jsonrpc
        if params is not UNSET:
            field_dict["params"] = params
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = d.pop("method")

        _jsonrpc = d.pop("jsonrpc", UNSET)
        jsonrpc: CryptoRpcProxyBodyType0Jsonrpc | Unset
        if isinstance(_jsonrpc, Unset):
            jsonrpc = UNSET
        else:
            jsonrpc = check_crypto_rpc_proxy_body_type_0_jsonrpc(_jsonrpc)

        params = cast(list[Any], d.pop("params", UNSET))

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        crypto_rpc_proxy_body_type_0 = cls(
            method=method,
            jsonrpc=jsonrpc,
            params=params,
            id=id,
        )

        crypto_rpc_proxy_body_type_0.additional_properties = d
        return crypto_rpc_proxy_body_type_0

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
