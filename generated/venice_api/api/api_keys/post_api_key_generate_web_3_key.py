from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_api_key_generate_web_3_key_body import PostApiKeyGenerateWeb3KeyBody
from ...models.post_api_key_generate_web_3_key_response_200 import (
    PostApiKeyGenerateWeb3KeyResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostApiKeyGenerateWeb3KeyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api_keys/generate_web3_key",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PostApiKeyGenerateWeb3KeyResponse200 | None:
    if response.status_code == 200:
        response_200 = PostApiKeyGenerateWeb3KeyResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PostApiKeyGenerateWeb3KeyResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostApiKeyGenerateWeb3KeyBody | Unset = UNSET,
) -> Response[PostApiKeyGenerateWeb3KeyResponse200]:
    """/api/v1/api_keys/generate_web3_key

     Authenticates a wallet holding sVVV and creates an API key.

    Args:
        body (PostApiKeyGenerateWeb3KeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostApiKeyGenerateWeb3KeyResponse200]
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
    body: PostApiKeyGenerateWeb3KeyBody | Unset = UNSET,
) -> PostApiKeyGenerateWeb3KeyResponse200 | None:
    """/api/v1/api_keys/generate_web3_key

     Authenticates a wallet holding sVVV and creates an API key.

    Args:
        body (PostApiKeyGenerateWeb3KeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostApiKeyGenerateWeb3KeyResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostApiKeyGenerateWeb3KeyBody | Unset = UNSET,
) -> Response[PostApiKeyGenerateWeb3KeyResponse200]:
    """/api/v1/api_keys/generate_web3_key

     Authenticates a wallet holding sVVV and creates an API key.

    Args:
        body (PostApiKeyGenerateWeb3KeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostApiKeyGenerateWeb3KeyResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostApiKeyGenerateWeb3KeyBody | Unset = UNSET,
) -> PostApiKeyGenerateWeb3KeyResponse200 | None:
    """/api/v1/api_keys/generate_web3_key

     Authenticates a wallet holding sVVV and creates an API key.

    Args:
        body (PostApiKeyGenerateWeb3KeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostApiKeyGenerateWeb3KeyResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
