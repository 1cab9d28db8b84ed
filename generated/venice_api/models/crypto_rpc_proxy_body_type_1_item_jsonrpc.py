from typing import Literal

CryptoRpcProxyBodyType1ItemJsonrpc = Literal["2.0"]

CRYPTO_RPC_PROXY_BODY_TYPE_1_ITEM_JSONRPC_VALUES: set[
    CryptoRpcProxyBodyType1ItemJsonrpc
] = {
    "2.0",
}


def check_crypto_rpc_proxy_body_type_1_item_jsonrpc(
    value: str,
) -> CryptoRpcProxyBodyType1ItemJsonrpc:
    if value in CRYPTO_RPC_PROXY_BODY_TYPE_1_ITEM_JSONRPC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CRYPTO_RPC_PROXY_BODY_TYPE_1_ITEM_JSONRPC_VALUES!r}"
    )
