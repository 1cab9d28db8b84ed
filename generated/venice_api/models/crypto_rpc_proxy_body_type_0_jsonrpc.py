from typing import Literal

CryptoRpcProxyBodyType0Jsonrpc = Literal["2.0"]

CRYPTO_RPC_PROXY_BODY_TYPE_0_JSONRPC_VALUES: set[CryptoRpcProxyBodyType0Jsonrpc] = {
    "2.0",
}


def check_crypto_rpc_proxy_body_type_0_jsonrpc(
    value: str,
) -> CryptoRpcProxyBodyType0Jsonrpc:
    if value in CRYPTO_RPC_PROXY_BODY_TYPE_0_JSONRPC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CRYPTO_RPC_PROXY_BODY_TYPE_0_JSONRPC_VALUES!r}"
    )
