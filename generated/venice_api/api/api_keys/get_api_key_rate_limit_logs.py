from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_api_key_rate_limit_logs_response_200 import (
    GetApiKeyRateLimitLogsResponse200,
)
from ...models.standard_error import StandardError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api_keys/rate_limits/log",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetApiKeyRateLimitLogsResponse200 | StandardError | None:
    if response.status_code == 200:
        response_200 = GetApiKeyRateLimitLogsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = StandardError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = StandardError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetApiKeyRateLimitLogsResponse200 | StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetApiKeyRateLimitLogsResponse200 | StandardError]:
    """/api/v1/api_keys/rate_limits/log

     Returns the last 50 rate limits that the account exceeded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetApiKeyRateLimitLogsResponse200 | StandardError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetApiKeyRateLimitLogsResponse200 | StandardError | None:
    """/api/v1/api_keys/rate_limits/log

     Returns the last 50 rate limits that the account exceeded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetApiKeyRateLimitLogsResponse200 | StandardError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetApiKeyRateLimitLogsResponse200 | StandardError]:
    """/api/v1/api_keys/rate_limits/log

     Returns the last 50 rate limits that the account exceeded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetApiKeyRateLimitLogsResponse200 | StandardError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetApiKeyRateLimitLogsResponse200 | StandardError | None:
    """/api/v1/api_keys/rate_limits/log

     Returns the last 50 rate limits that the account exceeded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetApiKeyRateLimitLogsResponse200 | StandardError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
