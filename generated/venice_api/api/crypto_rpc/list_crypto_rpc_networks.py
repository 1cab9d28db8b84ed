from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_crypto_rpc_networks_response_200 import (
    ListCryptoRpcNetworksResponse200,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crypto/rpc/networks",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCryptoRpcNetworksResponse200 | None:
    if response.status_code == 200:
        response_200 = ListCryptoRpcNetworksResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListCryptoRpcNetworksResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListCryptoRpcNetworksResponse200]:
    """List supported crypto RPC networks

     Returns the alphabetically sorted list of network slugs supported by the Venice crypto RPC proxy.

    This endpoint is **public** — no authentication required. Use it to discover which `:network` values
    are valid for `POST /api/v1/crypto/rpc/{network}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCryptoRpcNetworksResponse200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListCryptoRpcNetworksResponse200 | None:
    """List supported crypto RPC networks

     Returns the alphabetically sorted list of network slugs supported by the Venice crypto RPC proxy.

    This endpoint is **public** — no authentication required. Use it to discover which `:network` values
    are valid for `POST /api/v1/crypto/rpc/{network}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCryptoRpcNetworksResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListCryptoRpcNetworksResponse200]:
    """List supported crypto RPC networks

     Returns the alphabetically sorted list of network slugs supported by the Venice crypto RPC proxy.

    This endpoint is **public** — no authentication required. Use it to discover which `:network` values
    are valid for `POST /api/v1/crypto/rpc/{network}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCryptoRpcNetworksResponse200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListCryptoRpcNetworksResponse200 | None:
    """List supported crypto RPC networks

     Returns the alphabetically sorted list of network slugs supported by the Venice crypto RPC proxy.

    This endpoint is **public** — no authentication required. Use it to discover which `:network` values
    are valid for `POST /api/v1/crypto/rpc/{network}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCryptoRpcNetworksResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
