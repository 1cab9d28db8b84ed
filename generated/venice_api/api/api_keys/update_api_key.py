from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detailed_error import DetailedError
from ...models.standard_error import StandardError
from ...models.update_api_key_body import UpdateApiKeyBody
from ...models.update_api_key_response_200 import UpdateApiKeyResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateApiKeyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api_keys",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailedError | StandardError | UpdateApiKeyResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateApiKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetailedError.from_dict(response.json())

        return response_400

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
) -> Response[DetailedError | StandardError | UpdateApiKeyResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateApiKeyBody | Unset = UNSET,
) -> Response[DetailedError | StandardError | UpdateApiKeyResponse200]:
    """/api/v1/api_keys

     Update an existing API key. The description, expiration date, consumption limits, limit period, and
    model privacy can be updated.

    Args:
        body (UpdateApiKeyBody | Unset): The request body for updating an existing API key. The
            description, expiration date, consumption limits, limit period (epoch / month / lifetime),
            and model privacy can be updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | StandardError | UpdateApiKeyResponse200]
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
    body: UpdateApiKeyBody | Unset = UNSET,
) -> DetailedError | StandardError | UpdateApiKeyResponse200 | None:
    """/api/v1/api_keys

     Update an existing API key. The description, expiration date, consumption limits, limit period, and
    model privacy can be updated.

    Args:
        body (UpdateApiKeyBody | Unset): The request body for updating an existing API key. The
            description, expiration date, consumption limits, limit period (epoch / month / lifetime),
            and model privacy can be updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | StandardError | UpdateApiKeyResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateApiKeyBody | Unset = UNSET,
) -> Response[DetailedError | StandardError | UpdateApiKeyResponse200]:
    """/api/v1/api_keys

     Update an existing API key. The description, expiration date, consumption limits, limit period, and
    model privacy can be updated.

    Args:
        body (UpdateApiKeyBody | Unset): The request body for updating an existing API key. The
            description, expiration date, consumption limits, limit period (epoch / month / lifetime),
            and model privacy can be updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | StandardError | UpdateApiKeyResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateApiKeyBody | Unset = UNSET,
) -> DetailedError | StandardError | UpdateApiKeyResponse200 | None:
    """/api/v1/api_keys

     Update an existing API key. The description, expiration date, consumption limits, limit period, and
    model privacy can be updated.

    Args:
        body (UpdateApiKeyBody | Unset): The request body for updating an existing API key. The
            description, expiration date, consumption limits, limit period (epoch / month / lifetime),
            and model privacy can be updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | StandardError | UpdateApiKeyResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
