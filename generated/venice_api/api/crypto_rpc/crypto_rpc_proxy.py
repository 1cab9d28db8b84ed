from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crypto_rpc_proxy_body_type_0 import CryptoRpcProxyBodyType0
from ...models.crypto_rpc_proxy_body_type_1_item import CryptoRpcProxyBodyType1Item
from ...models.crypto_rpc_proxy_response_200_type_0 import (
    CryptoRpcProxyResponse200Type0,
)
from ...models.crypto_rpc_proxy_response_200_type_1_item import (
    CryptoRpcProxyResponse200Type1Item,
)
from ...models.detailed_error import DetailedError
from ...models.standard_error import StandardError
from ...models.x402_inference_payment_required_type_0 import (
    X402InferencePaymentRequiredType0,
)
from ...models.x402_inference_payment_required_type_1 import (
    X402InferencePaymentRequiredType1,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    network: str,
    *,
    body: CryptoRpcProxyBodyType0 | list[CryptoRpcProxyBodyType1Item],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crypto/rpc/{network}".format(
            network=quote(str(network), safe=""),
        ),
    }

    if isinstance(body, CryptoRpcProxyBodyType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = []
        for body_type_1_item_data in body:
            body_type_1_item = body_type_1_item_data.to_dict()
            _kwargs["json"].append(body_type_1_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CryptoRpcProxyResponse200Type0
    | list[CryptoRpcProxyResponse200Type1Item]
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CryptoRpcProxyResponse200Type0 | list[CryptoRpcProxyResponse200Type1Item]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CryptoRpcProxyResponse200Type0.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = CryptoRpcProxyResponse200Type1Item.from_dict(
                    response_200_type_1_item_data
                )

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetailedError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StandardError.from_dict(response.json())

        return response_401

    if response.status_code == 402:

        def _parse_response_402(
            data: object,
        ) -> (
            StandardError
            | X402InferencePaymentRequiredType0
            | X402InferencePaymentRequiredType1
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_402_type_0 = StandardError.from_dict(data)

                return response_402_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_x402_inference_payment_required_type_0 = (
                    X402InferencePaymentRequiredType0.from_dict(data)
                )

                return componentsschemas_x402_inference_payment_required_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_x402_inference_payment_required_type_1 = (
                X402InferencePaymentRequiredType1.from_dict(data)
            )

            return componentsschemas_x402_inference_payment_required_type_1

        response_402 = _parse_response_402(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = StandardError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = StandardError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CryptoRpcProxyResponse200Type0
    | list[CryptoRpcProxyResponse200Type1Item]
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network: str,
    *,
    client: AuthenticatedClient,
    body: CryptoRpcProxyBodyType0 | list[CryptoRpcProxyBodyType1Item],
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CryptoRpcProxyResponse200Type0
    | list[CryptoRpcProxyResponse200Type1Item]
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    """Proxy a JSON-RPC request to a supported blockchain

     Proxy a JSON-RPC request to a supported blockchain node and bill per credit.

    ## Request shapes
    - **Single request**: a JSON-RPC 2.0 object (`{ "jsonrpc":"2.0", "method":"…", "params":[…], "id":1
    }`).
    - **Batch**: an array of up to 100 JSON-RPC 2.0 objects. If any item references an unsupported
    method, the entire batch is rejected with 400 and the offending methods are listed.

    ## Supported methods
    Methods are classified into three pricing tiers:
    - **Standard (1×)**: `eth_call`, `eth_getBalance`, `eth_blockNumber`, `eth_sendRawTransaction`,
    `eth_getLogs`, `net_version`, `web3_clientVersion`, ERC-4337 bundler methods
    (`eth_sendUserOperation`, etc.), chain-family extensions (`zks_*`, `linea_*`, `bor_*`,
    `starknet_*`), and Solana methods (`getAccountInfo`, `getBalance`, `getLatestBlockhash`,
    `sendTransaction`, etc.).
    - **Advanced (2×)**: `trace_*`, `debug_*`, `txpool_inspect`, `txpool_status`, `arbtrace_*`.
    - **Large (4×)**: `trace_replayBlockTransactions`, `trace_replayTransaction`, `txpool_content`,
    `arbtrace_replay*`, and Solana `getLargestAccounts`, `getSupply`.

    Stateful filter methods (`eth_newFilter`, `eth_getFilterChanges`, `eth_uninstallFilter`, etc.) are
    **not supported** — they break on a load-balanced HTTP proxy because filter state is pinned to a
    single upstream backend. Use `eth_getLogs` instead.

    WebSocket-only methods (EVM `eth_subscribe`/`eth_unsubscribe` and Solana
    `*Subscribe`/`*Unsubscribe`) return 400 because this proxy is HTTP-only.

    ## Pricing
    Credits consumed per call = `baseCredits[chain] × methodTier`. `baseCredits` is 20 for most EVM
    chains (Ethereum, Base, Optimism, Arbitrum, Polygon, Linea, Avalanche, BSC, Blast) and Starknet; 30
    for zkSync Era and Solana. The USD price per credit is `~7e-7` — a single standard EVM call costs ≈
    $0.000014 and a large trace-replay costs ≈ $0.000056.

    Per-request errors at the JSON-RPC layer (HTTP 200 with an `error` field in a response item) are
    billed at 5 credits instead of the full method tier — a small concession for methods not supported
    on a given chain or bad-parameter responses.

    ## Rate limits
    Two caps apply per caller:
    - **Requests per minute**: 100 on the paid tier.
    - **Credits per rolling 24 hours**: 10,000,000 on the paid tier.
    When either cap is exceeded, the request returns 429 with a `customMessage` identifying which cap
    tripped. The per-minute cap also sets the `X-RateLimit-*` response headers.

    ## Idempotency
    Set the `Idempotency-Key` request header to any string matching `[A-Za-z0-9_-]{1,255}` to enable
    safe retries. The response is cached for 24 hours keyed on `(user, idempotency-key)`; replaying the
    same key with the same body returns the cached response with `Idempotent-Replayed: true`. Reusing
    the same key with a different body returns 400 to prevent silent corruption.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        network (str):  Example: ethereum-mainnet.
        idempotency_key (str | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        body (CryptoRpcProxyBodyType0 | list[CryptoRpcProxyBodyType1Item]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoRpcProxyResponse200Type0 | list[CryptoRpcProxyResponse200Type1Item] | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1]
    """

    kwargs = _get_kwargs(
        network=network,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    network: str,
    *,
    client: AuthenticatedClient,
    body: CryptoRpcProxyBodyType0 | list[CryptoRpcProxyBodyType1Item],
    idempotency_key: str | Unset = UNSET,
) -> (
    CryptoRpcProxyResponse200Type0
    | list[CryptoRpcProxyResponse200Type1Item]
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    """Proxy a JSON-RPC request to a supported blockchain

     Proxy a JSON-RPC request to a supported blockchain node and bill per credit.

    ## Request shapes
    - **Single request**: a JSON-RPC 2.0 object (`{ "jsonrpc":"2.0", "method":"…", "params":[…], "id":1
    }`).
    - **Batch**: an array of up to 100 JSON-RPC 2.0 objects. If any item references an unsupported
    method, the entire batch is rejected with 400 and the offending methods are listed.

    ## Supported methods
    Methods are classified into three pricing tiers:
    - **Standard (1×)**: `eth_call`, `eth_getBalance`, `eth_blockNumber`, `eth_sendRawTransaction`,
    `eth_getLogs`, `net_version`, `web3_clientVersion`, ERC-4337 bundler methods
    (`eth_sendUserOperation`, etc.), chain-family extensions (`zks_*`, `linea_*`, `bor_*`,
    `starknet_*`), and Solana methods (`getAccountInfo`, `getBalance`, `getLatestBlockhash`,
    `sendTransaction`, etc.).
    - **Advanced (2×)**: `trace_*`, `debug_*`, `txpool_inspect`, `txpool_status`, `arbtrace_*`.
    - **Large (4×)**: `trace_replayBlockTransactions`, `trace_replayTransaction`, `txpool_content`,
    `arbtrace_replay*`, and Solana `getLargestAccounts`, `getSupply`.

    Stateful filter methods (`eth_newFilter`, `eth_getFilterChanges`, `eth_uninstallFilter`, etc.) are
    **not supported** — they break on a load-balanced HTTP proxy because filter state is pinned to a
    single upstream backend. Use `eth_getLogs` instead.

    WebSocket-only methods (EVM `eth_subscribe`/`eth_unsubscribe` and Solana
    `*Subscribe`/`*Unsubscribe`) return 400 because this proxy is HTTP-only.

    ## Pricing
    Credits consumed per call = `baseCredits[chain] × methodTier`. `baseCredits` is 20 for most EVM
    chains (Ethereum, Base, Optimism, Arbitrum, Polygon, Linea, Avalanche, BSC, Blast) and Starknet; 30
    for zkSync Era and Solana. The USD price per credit is `~7e-7` — a single standard EVM call costs ≈
    $0.000014 and a large trace-replay costs ≈ $0.000056.

    Per-request errors at the JSON-RPC layer (HTTP 200 with an `error` field in a response item) are
    billed at 5 credits instead of the full method tier — a small concession for methods not supported
    on a given chain or bad-parameter responses.

    ## Rate limits
    Two caps apply per caller:
    - **Requests per minute**: 100 on the paid tier.
    - **Credits per rolling 24 hours**: 10,000,000 on the paid tier.
    When either cap is exceeded, the request returns 429 with a `customMessage` identifying which cap
    tripped. The per-minute cap also sets the `X-RateLimit-*` response headers.

    ## Idempotency
    Set the `Idempotency-Key` request header to any string matching `[A-Za-z0-9_-]{1,255}` to enable
    safe retries. The response is cached for 24 hours keyed on `(user, idempotency-key)`; replaying the
    same key with the same body returns the cached response with `Idempotent-Replayed: true`. Reusing
    the same key with a different body returns 400 to prevent silent corruption.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        network (str):  Example: ethereum-mainnet.
        idempotency_key (str | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        body (CryptoRpcProxyBodyType0 | list[CryptoRpcProxyBodyType1Item]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoRpcProxyResponse200Type0 | list[CryptoRpcProxyResponse200Type1Item] | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1
    """

    return sync_detailed(
        network=network,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    network: str,
    *,
    client: AuthenticatedClient,
    body: CryptoRpcProxyBodyType0 | list[CryptoRpcProxyBodyType1Item],
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CryptoRpcProxyResponse200Type0
    | list[CryptoRpcProxyResponse200Type1Item]
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    """Proxy a JSON-RPC request to a supported blockchain

     Proxy a JSON-RPC request to a supported blockchain node and bill per credit.

    ## Request shapes
    - **Single request**: a JSON-RPC 2.0 object (`{ "jsonrpc":"2.0", "method":"…", "params":[…], "id":1
    }`).
    - **Batch**: an array of up to 100 JSON-RPC 2.0 objects. If any item references an unsupported
    method, the entire batch is rejected with 400 and the offending methods are listed.

    ## Supported methods
    Methods are classified into three pricing tiers:
    - **Standard (1×)**: `eth_call`, `eth_getBalance`, `eth_blockNumber`, `eth_sendRawTransaction`,
    `eth_getLogs`, `net_version`, `web3_clientVersion`, ERC-4337 bundler methods
    (`eth_sendUserOperation`, etc.), chain-family extensions (`zks_*`, `linea_*`, `bor_*`,
    `starknet_*`), and Solana methods (`getAccountInfo`, `getBalance`, `getLatestBlockhash`,
    `sendTransaction`, etc.).
    - **Advanced (2×)**: `trace_*`, `debug_*`, `txpool_inspect`, `txpool_status`, `arbtrace_*`.
    - **Large (4×)**: `trace_replayBlockTransactions`, `trace_replayTransaction`, `txpool_content`,
    `arbtrace_replay*`, and Solana `getLargestAccounts`, `getSupply`.

    Stateful filter methods (`eth_newFilter`, `eth_getFilterChanges`, `eth_uninstallFilter`, etc.) are
    **not supported** — they break on a load-balanced HTTP proxy because filter state is pinned to a
    single upstream backend. Use `eth_getLogs` instead.

    WebSocket-only methods (EVM `eth_subscribe`/`eth_unsubscribe` and Solana
    `*Subscribe`/`*Unsubscribe`) return 400 because this proxy is HTTP-only.

    ## Pricing
    Credits consumed per call = `baseCredits[chain] × methodTier`. `baseCredits` is 20 for most EVM
    chains (Ethereum, Base, Optimism, Arbitrum, Polygon, Linea, Avalanche, BSC, Blast) and Starknet; 30
    for zkSync Era and Solana. The USD price per credit is `~7e-7` — a single standard EVM call costs ≈
    $0.000014 and a large trace-replay costs ≈ $0.000056.

    Per-request errors at the JSON-RPC layer (HTTP 200 with an `error` field in a response item) are
    billed at 5 credits instead of the full method tier — a small concession for methods not supported
    on a given chain or bad-parameter responses.

    ## Rate limits
    Two caps apply per caller:
    - **Requests per minute**: 100 on the paid tier.
    - **Credits per rolling 24 hours**: 10,000,000 on the paid tier.
    When either cap is exceeded, the request returns 429 with a `customMessage` identifying which cap
    tripped. The per-minute cap also sets the `X-RateLimit-*` response headers.

    ## Idempotency
    Set the `Idempotency-Key` request header to any string matching `[A-Za-z0-9_-]{1,255}` to enable
    safe retries. The response is cached for 24 hours keyed on `(user, idempotency-key)`; replaying the
    same key with the same body returns the cached response with `Idempotent-Replayed: true`. Reusing
    the same key with a different body returns 400 to prevent silent corruption.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        network (str):  Example: ethereum-mainnet.
        idempotency_key (str | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        body (CryptoRpcProxyBodyType0 | list[CryptoRpcProxyBodyType1Item]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoRpcProxyResponse200Type0 | list[CryptoRpcProxyResponse200Type1Item] | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1]
    """

    kwargs = _get_kwargs(
        network=network,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network: str,
    *,
    client: AuthenticatedClient,
    body: CryptoRpcProxyBodyType0 | list[CryptoRpcProxyBodyType1Item],
    idempotency_key: str | Unset = UNSET,
) -> (
    CryptoRpcProxyResponse200Type0
    | list[CryptoRpcProxyResponse200Type1Item]
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    """Proxy a JSON-RPC request to a supported blockchain

     Proxy a JSON-RPC request to a supported blockchain node and bill per credit.

    ## Request shapes
    - **Single request**: a JSON-RPC 2.0 object (`{ "jsonrpc":"2.0", "method":"…", "params":[…], "id":1
    }`).
    - **Batch**: an array of up to 100 JSON-RPC 2.0 objects. If any item references an unsupported
    method, the entire batch is rejected with 400 and the offending methods are listed.

    ## Supported methods
    Methods are classified into three pricing tiers:
    - **Standard (1×)**: `eth_call`, `eth_getBalance`, `eth_blockNumber`, `eth_sendRawTransaction`,
    `eth_getLogs`, `net_version`, `web3_clientVersion`, ERC-4337 bundler methods
    (`eth_sendUserOperation`, etc.), chain-family extensions (`zks_*`, `linea_*`, `bor_*`,
    `starknet_*`), and Solana methods (`getAccountInfo`, `getBalance`, `getLatestBlockhash`,
    `sendTransaction`, etc.).
    - **Advanced (2×)**: `trace_*`, `debug_*`, `txpool_inspect`, `txpool_status`, `arbtrace_*`.
    - **Large (4×)**: `trace_replayBlockTransactions`, `trace_replayTransaction`, `txpool_content`,
    `arbtrace_replay*`, and Solana `getLargestAccounts`, `getSupply`.

    Stateful filter methods (`eth_newFilter`, `eth_getFilterChanges`, `eth_uninstallFilter`, etc.) are
    **not supported** — they break on a load-balanced HTTP proxy because filter state is pinned to a
    single upstream backend. Use `eth_getLogs` instead.

    WebSocket-only methods (EVM `eth_subscribe`/`eth_unsubscribe` and Solana
    `*Subscribe`/`*Unsubscribe`) return 400 because this proxy is HTTP-only.

    ## Pricing
    Credits consumed per call = `baseCredits[chain] × methodTier`. `baseCredits` is 20 for most EVM
    chains (Ethereum, Base, Optimism, Arbitrum, Polygon, Linea, Avalanche, BSC, Blast) and Starknet; 30
    for zkSync Era and Solana. The USD price per credit is `~7e-7` — a single standard EVM call costs ≈
    $0.000014 and a large trace-replay costs ≈ $0.000056.

    Per-request errors at the JSON-RPC layer (HTTP 200 with an `error` field in a response item) are
    billed at 5 credits instead of the full method tier — a small concession for methods not supported
    on a given chain or bad-parameter responses.

    ## Rate limits
    Two caps apply per caller:
    - **Requests per minute**: 100 on the paid tier.
    - **Credits per rolling 24 hours**: 10,000,000 on the paid tier.
    When either cap is exceeded, the request returns 429 with a `customMessage` identifying which cap
    tripped. The per-minute cap also sets the `X-RateLimit-*` response headers.

    ## Idempotency
    Set the `Idempotency-Key` request header to any string matching `[A-Za-z0-9_-]{1,255}` to enable
    safe retries. The response is cached for 24 hours keyed on `(user, idempotency-key)`; replaying the
    same key with the same body returns the cached response with `Idempotent-Replayed: true`. Reusing
    the same key with a different body returns 400 to prevent silent corruption.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        network (str):  Example: ethereum-mainnet.
        idempotency_key (str | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        body (CryptoRpcProxyBodyType0 | list[CryptoRpcProxyBodyType1Item]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoRpcProxyResponse200Type0 | list[CryptoRpcProxyResponse200Type1Item] | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1
    """

    return (
        await asyncio_detailed(
            network=network,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
