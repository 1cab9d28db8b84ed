from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.standard_error import StandardError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/usage",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StandardError | None:
    if response.status_code == 410:
        response_410 = StandardError.from_dict(response.json())

        return response_410

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[StandardError]:
    """/api/v1/billing/usage

     SUNSET as of 2026-09-16: this endpoint no longer returns usage data and answers every request with a
    410. Use [GET /api/v1/billing/usage-history](https://docs.venice.ai/api-
    reference/endpoint/billing/usage-history) instead, which returns the same ledger entries with cursor
    pagination: replace `page` and `limit` with `pageSize` plus the `nextCursor` from each response, and
    `startDate` and `endDate` with `startTimestamp` and `endTimestamp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StandardError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> StandardError | None:
    """/api/v1/billing/usage

     SUNSET as of 2026-09-16: this endpoint no longer returns usage data and answers every request with a
    410. Use [GET /api/v1/billing/usage-history](https://docs.venice.ai/api-
    reference/endpoint/billing/usage-history) instead, which returns the same ledger entries with cursor
    pagination: replace `page` and `limit` with `pageSize` plus the `nextCursor` from each response, and
    `startDate` and `endDate` with `startTimestamp` and `endTimestamp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StandardError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[StandardError]:
    """/api/v1/billing/usage

     SUNSET as of 2026-09-16: this endpoint no longer returns usage data and answers every request with a
    410. Use [GET /api/v1/billing/usage-history](https://docs.venice.ai/api-
    reference/endpoint/billing/usage-history) instead, which returns the same ledger entries with cursor
    pagination: replace `page` and `limit` with `pageSize` plus the `nextCursor` from each response, and
    `startDate` and `endDate` with `startTimestamp` and `endTimestamp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StandardError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> StandardError | None:
    """/api/v1/billing/usage

     SUNSET as of 2026-09-16: this endpoint no longer returns usage data and answers every request with a
    410. Use [GET /api/v1/billing/usage-history](https://docs.venice.ai/api-
    reference/endpoint/billing/usage-history) instead, which returns the same ledger entries with cursor
    pagination: replace `page` and `limit` with `pageSize` plus the `nextCursor` from each response, and
    `startDate` and `endDate` with `startTimestamp` and `endTimestamp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StandardError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
