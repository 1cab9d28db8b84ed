from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListCryptoRpcNetworksResponse200")


@_attrs_define
class ListCryptoRpcNetworksResponse200:
    """
    Attributes:
        networks (list[str]): Sorted Venice-side network slugs. Example: ['arbitrum-mainnet', 'arbitrum-sepolia',
            'avalanche-fuji', 'avalanche-mainnet', 'base-mainnet', 'base-sepolia', 'bsc-mainnet', 'bsc-testnet', 'ethereum-
            holesky', 'ethereum-mainnet', 'ethereum-sepolia', 'linea-mainnet', 'linea-sepolia', 'optimism-mainnet',
            'optimism-sepolia', 'polygon-amoy', 'polygon-mainnet', 'robinhood-mainnet', 'robinhood-testnet', 'solana-
            devnet', 'solana-mainnet', 'starknet-mainnet', 'starknet-sepolia', 'zksync-mainnet', 'zksync-sepolia'].
    """

    networks: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        networks = self.networks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "networks": networks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        networks = cast(list[str], d.pop("networks"))

        list_crypto_rpc_networks_response_200 = cls(
            networks=networks,
        )

        list_crypto_rpc_networks_response_200.additional_properties = d
        return list_crypto_rpc_networks_response_200

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
