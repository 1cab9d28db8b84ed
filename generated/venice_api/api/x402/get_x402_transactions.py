from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detailed_error import DetailedError
from ...models.get_x402_transactions_response_200 import GetX402TransactionsResponse200
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    wallet_address: str,
    *,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
    sign_in_with_x: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["SIGN-IN-WITH-X"] = sign_in_with_x

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/x402/transactions/{wallet_address}".format(
            wallet_address=quote(str(wallet_address), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailedError | GetX402TransactionsResponse200 | StandardError | None:
    if response.status_code == 200:
        response_200 = GetX402TransactionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetailedError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StandardError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = StandardError.from_dict(response.json())

        return response_403

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
) -> Response[DetailedError | GetX402TransactionsResponse200 | StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    wallet_address: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
    sign_in_with_x: str,
) -> Response[DetailedError | GetX402TransactionsResponse200 | StandardError]:
    """/api/v1/x402/transactions/{walletAddress}

     Get paginated x402 transaction history for a wallet address. Requires Sign-in-with-x authentication
    for the same EVM or Solana wallet.

    Args:
        wallet_address (str): EVM or Solana wallet address. Example:
            0x742d35Cc6634C0532925a3b844Bc454e4438f44e.
        limit (int | Unset): Maximum number of transactions to return. Default: 50. Example: 50.
        offset (int | None | Unset): Number of transactions to skip before returning results.
            Default: 0. Example: 0.
        sign_in_with_x (str):  Example: siwx_example_token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | GetX402TransactionsResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        wallet_address=wallet_address,
        limit=limit,
        offset=offset,
        sign_in_with_x=sign_in_with_x,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    wallet_address: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
    sign_in_with_x: str,
) -> DetailedError | GetX402TransactionsResponse200 | StandardError | None:
    """/api/v1/x402/transactions/{walletAddress}

     Get paginated x402 transaction history for a wallet address. Requires Sign-in-with-x authentication
    for the same EVM or Solana wallet.

    Args:
        wallet_address (str): EVM or Solana wallet address. Example:
            0x742d35Cc6634C0532925a3b844Bc454e4438f44e.
        limit (int | Unset): Maximum number of transactions to return. Default: 50. Example: 50.
        offset (int | None | Unset): Number of transactions to skip before returning results.
            Default: 0. Example: 0.
        sign_in_with_x (str):  Example: siwx_example_token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | GetX402TransactionsResponse200 | StandardError
    """

    return sync_detailed(
        wallet_address=wallet_address,
        client=client,
        limit=limit,
        offset=offset,
        sign_in_with_x=sign_in_with_x,
    ).parsed


async def asyncio_detailed(
    wallet_address: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
    sign_in_with_x: str,
) -> Response[DetailedError | GetX402TransactionsResponse200 | StandardError]:
    """/api/v1/x402/transactions/{walletAddress}

     Get paginated x402 transaction history for a wallet address. Requires Sign-in-with-x authentication
    for the same EVM or Solana wallet.

    Args:
        wallet_address (str): EVM or Solana wallet address. Example:
            0x742d35Cc6634C0532925a3b844Bc454e4438f44e.
        limit (int | Unset): Maximum number of transactions to return. Default: 50. Example: 50.
        offset (int | None | Unset): Number of transactions to skip before returning results.
            Default: 0. Example: 0.
        sign_in_with_x (str):  Example: siwx_example_token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | GetX402TransactionsResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        wallet_address=wallet_address,
        limit=limit,
        offset=offset,
        sign_in_with_x=sign_in_with_x,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    wallet_address: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
    sign_in_with_x: str,
) -> DetailedError | GetX402TransactionsResponse200 | StandardError | None:
    """/api/v1/x402/transactions/{walletAddress}

     Get paginated x402 transaction history for a wallet address. Requires Sign-in-with-x authentication
    for the same EVM or Solana wallet.

    Args:
        wallet_address (str): EVM or Solana wallet address. Example:
            0x742d35Cc6634C0532925a3b844Bc454e4438f44e.
        limit (int | Unset): Maximum number of transactions to return. Default: 50. Example: 50.
        offset (int | None | Unset): Number of transactions to skip before returning results.
            Default: 0. Example: 0.
        sign_in_with_x (str):  Example: siwx_example_token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | GetX402TransactionsResponse200 | StandardError
    """

    return (
        await asyncio_detailed(
            wallet_address=wallet_address,
            client=client,
            limit=limit,
            offset=offset,
            sign_in_with_x=sign_in_with_x,
        )
    ).parsed
