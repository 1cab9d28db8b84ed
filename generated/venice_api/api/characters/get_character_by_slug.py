from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_character_by_slug_response_200 import GetCharacterBySlugResponse200
from ...models.standard_error import StandardError
from ...types import Response


def _get_kwargs(
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/characters/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCharacterBySlugResponse200 | StandardError | None:
    if response.status_code == 200:
        response_200 = GetCharacterBySlugResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = StandardError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = StandardError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = StandardError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCharacterBySlugResponse200 | StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetCharacterBySlugResponse200 | StandardError]:
    """/api/v1/characters/{slug}

     This is a preview API and may change. Returns a single character by its slug.

    Args:
        slug (str):  Example: alan-watts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCharacterBySlugResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetCharacterBySlugResponse200 | StandardError | None:
    """/api/v1/characters/{slug}

     This is a preview API and may change. Returns a single character by its slug.

    Args:
        slug (str):  Example: alan-watts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCharacterBySlugResponse200 | StandardError
    """

    return sync_detailed(
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetCharacterBySlugResponse200 | StandardError]:
    """/api/v1/characters/{slug}

     This is a preview API and may change. Returns a single character by its slug.

    Args:
        slug (str):  Example: alan-watts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCharacterBySlugResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetCharacterBySlugResponse200 | StandardError | None:
    """/api/v1/characters/{slug}

     This is a preview API and may change. Returns a single character by its slug.

    Args:
        slug (str):  Example: alan-watts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCharacterBySlugResponse200 | StandardError
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
        )
    ).parsed
