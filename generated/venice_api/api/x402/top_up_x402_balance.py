from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.standard_error import StandardError
from ...models.top_up_x402_balance_body import TopUpX402BalanceBody
from ...models.top_up_x402_balance_response_200 import TopUpX402BalanceResponse200
from ...models.top_up_x402_balance_response_400 import TopUpX402BalanceResponse400
from ...models.top_up_x402_balance_response_402 import TopUpX402BalanceResponse402
from ...models.top_up_x402_balance_response_500 import TopUpX402BalanceResponse500
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TopUpX402BalanceBody | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(payment_signature, Unset):
        headers["PAYMENT-SIGNATURE"] = payment_signature

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/x402/top-up",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    StandardError
    | TopUpX402BalanceResponse200
    | TopUpX402BalanceResponse400
    | TopUpX402BalanceResponse402
    | TopUpX402BalanceResponse500
    | None
):
    if response.status_code == 200:
        response_200 = TopUpX402BalanceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TopUpX402BalanceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 402:
        response_402 = TopUpX402BalanceResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = StandardError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TopUpX402BalanceResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    StandardError
    | TopUpX402BalanceResponse200
    | TopUpX402BalanceResponse400
    | TopUpX402BalanceResponse402
    | TopUpX402BalanceResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TopUpX402BalanceBody | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> Response[
    StandardError
    | TopUpX402BalanceResponse200
    | TopUpX402BalanceResponse400
    | TopUpX402BalanceResponse402
    | TopUpX402BalanceResponse500
]:
    """/api/v1/x402/top-up

     Top up your Venice credit balance using a `PAYMENT-SIGNATURE` header (the legacy `X-402-Payment` and
    `X-PAYMENT` header names are also accepted). If the header is missing, the endpoint returns payment
    requirements.

    This is the primary x402 payment endpoint. It currently returns Base and Solana USDC payment options
    in the `accepts` array. All inference endpoints (chat, image, audio, video) consume from the credit
    balance you establish here.

    Args:
        payment_signature (str | Unset):  Example: eyJ4NDAyVmVyc2lvbiI6MiwicGF5bG9hZCI6Ii4uLiJ9.
        body (TopUpX402BalanceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StandardError | TopUpX402BalanceResponse200 | TopUpX402BalanceResponse400 | TopUpX402BalanceResponse402 | TopUpX402BalanceResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
        payment_signature=payment_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TopUpX402BalanceBody | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> (
    StandardError
    | TopUpX402BalanceResponse200
    | TopUpX402BalanceResponse400
    | TopUpX402BalanceResponse402
    | TopUpX402BalanceResponse500
    | None
):
    """/api/v1/x402/top-up

     Top up your Venice credit balance using a `PAYMENT-SIGNATURE` header (the legacy `X-402-Payment` and
    `X-PAYMENT` header names are also accepted). If the header is missing, the endpoint returns payment
    requirements.

    This is the primary x402 payment endpoint. It currently returns Base and Solana USDC payment options
    in the `accepts` array. All inference endpoints (chat, image, audio, video) consume from the credit
    balance you establish here.

    Args:
        payment_signature (str | Unset):  Example: eyJ4NDAyVmVyc2lvbiI6MiwicGF5bG9hZCI6Ii4uLiJ9.
        body (TopUpX402BalanceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StandardError | TopUpX402BalanceResponse200 | TopUpX402BalanceResponse400 | TopUpX402BalanceResponse402 | TopUpX402BalanceResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
        payment_signature=payment_signature,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TopUpX402BalanceBody | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> Response[
    StandardError
    | TopUpX402BalanceResponse200
    | TopUpX402BalanceResponse400
    | TopUpX402BalanceResponse402
    | TopUpX402BalanceResponse500
]:
    """/api/v1/x402/top-up

     Top up your Venice credit balance using a `PAYMENT-SIGNATURE` header (the legacy `X-402-Payment` and
    `X-PAYMENT` header names are also accepted). If the header is missing, the endpoint returns payment
    requirements.

    This is the primary x402 payment endpoint. It currently returns Base and Solana USDC payment options
    in the `accepts` array. All inference endpoints (chat, image, audio, video) consume from the credit
    balance you establish here.

    Args:
        payment_signature (str | Unset):  Example: eyJ4NDAyVmVyc2lvbiI6MiwicGF5bG9hZCI6Ii4uLiJ9.
        body (TopUpX402BalanceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StandardError | TopUpX402BalanceResponse200 | TopUpX402BalanceResponse400 | TopUpX402BalanceResponse402 | TopUpX402BalanceResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
        payment_signature=payment_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TopUpX402BalanceBody | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> (
    StandardError
    | TopUpX402BalanceResponse200
    | TopUpX402BalanceResponse400
    | TopUpX402BalanceResponse402
    | TopUpX402BalanceResponse500
    | None
):
    """/api/v1/x402/top-up

     Top up your Venice credit balance using a `PAYMENT-SIGNATURE` header (the legacy `X-402-Payment` and
    `X-PAYMENT` header names are also accepted). If the header is missing, the endpoint returns payment
    requirements.

    This is the primary x402 payment endpoint. It currently returns Base and Solana USDC payment options
    in the `accepts` array. All inference endpoints (chat, image, audio, video) consume from the credit
    balance you establish here.

    Args:
        payment_signature (str | Unset):  Example: eyJ4NDAyVmVyc2lvbiI6MiwicGF5bG9hZCI6Ii4uLiJ9.
        body (TopUpX402BalanceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StandardError | TopUpX402BalanceResponse200 | TopUpX402BalanceResponse400 | TopUpX402BalanceResponse402 | TopUpX402BalanceResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            payment_signature=payment_signature,
        )
    ).parsed
