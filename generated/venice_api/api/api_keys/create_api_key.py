from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_api_key_body import CreateApiKeyBody
from ...models.create_api_key_response_200 import CreateApiKeyResponse200
from ...models.detailed_error import DetailedError
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateApiKeyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api_keys",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateApiKeyResponse200 | DetailedError | StandardError | None:
    if response.status_code == 200:
        response_200 = CreateApiKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetailedError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StandardError.from_dict(response.json())

        return response_401

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
) -> Response[CreateApiKeyResponse200 | DetailedError | StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiKeyBody | Unset = UNSET,
) -> Response[CreateApiKeyResponse200 | DetailedError | StandardError]:
    """/api/v1/api_keys

     Create a new API key.

    Args:
        body (CreateApiKeyBody | Unset): The request body for creating a new API key. API key
            creation is rate limited to 20 requests per minute and a maximum of 500 active API keys
            per user. VCU (Legacy Diem) is being deprecated in favor of tokenized Diem. Please update
            your API calls to use Diem instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApiKeyResponse200 | DetailedError | StandardError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiKeyBody | Unset = UNSET,
) -> CreateApiKeyResponse200 | DetailedError | StandardError | None:
    """/api/v1/api_keys

     Create a new API key.

    Args:
        body (CreateApiKeyBody | Unset): The request body for creating a new API key. API key
            creation is rate limited to 20 requests per minute and a maximum of 500 active API keys
            per user. VCU (Legacy Diem) is being deprecated in favor of tokenized Diem. Please update
            your API calls to use Diem instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApiKeyResponse200 | DetailedError | StandardError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiKeyBody | Unset = UNSET,
) -> Response[CreateApiKeyResponse200 | DetailedError | StandardError]:
    """/api/v1/api_keys

     Create a new API key.

    Args:
        body (CreateApiKeyBody | Unset): The request body for creating a new API key. API key
            creation is rate limited to 20 requests per minute and a maximum of 500 active API keys
            per user. VCU (Legacy Diem) is being deprecated in favor of tokenized Diem. Please update
            your API calls to use Diem instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApiKeyResponse200 | DetailedError | StandardError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiKeyBody | Unset = UNSET,
) -> CreateApiKeyResponse200 | DetailedError | StandardError | None:
    """/api/v1/api_keys

     Create a new API key.

    Args:
        body (CreateApiKeyBody | Unset): The request body for creating a new API key. API key
            creation is rate limited to 20 requests per minute and a maximum of 500 active API keys
            per user. VCU (Legacy Diem) is being deprecated in favor of tokenized Diem. Please update
            your API calls to use Diem instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApiKeyResponse200 | DetailedError | StandardError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
