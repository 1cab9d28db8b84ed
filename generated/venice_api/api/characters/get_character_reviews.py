from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detailed_error import DetailedError
from ...models.get_character_reviews_response_200 import GetCharacterReviewsResponse200
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/characters/{slug}/reviews".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailedError | GetCharacterReviewsResponse200 | StandardError | None:
    if response.status_code == 200:
        response_200 = GetCharacterReviewsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetailedError.from_dict(response.json())

        return response_400

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
) -> Response[DetailedError | GetCharacterReviewsResponse200 | StandardError]:
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
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> Response[DetailedError | GetCharacterReviewsResponse200 | StandardError]:
    """/api/v1/characters/{slug}/reviews

     This is a preview API and may change. Returns paginated public reviews for a single character.

    Args:
        slug (str): Slug of the character whose reviews should be retrieved Example: alan-watts.
        page (int | Unset): Page number for pagination Default: 1. Example: 1.
        page_size (int | Unset): Number of reviews to return per page (max: 100) Default: 20.
            Example: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | GetCharacterReviewsResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        slug=slug,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> DetailedError | GetCharacterReviewsResponse200 | StandardError | None:
    """/api/v1/characters/{slug}/reviews

     This is a preview API and may change. Returns paginated public reviews for a single character.

    Args:
        slug (str): Slug of the character whose reviews should be retrieved Example: alan-watts.
        page (int | Unset): Page number for pagination Default: 1. Example: 1.
        page_size (int | Unset): Number of reviews to return per page (max: 100) Default: 20.
            Example: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | GetCharacterReviewsResponse200 | StandardError
    """

    return sync_detailed(
        slug=slug,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> Response[DetailedError | GetCharacterReviewsResponse200 | StandardError]:
    """/api/v1/characters/{slug}/reviews

     This is a preview API and may change. Returns paginated public reviews for a single character.

    Args:
        slug (str): Slug of the character whose reviews should be retrieved Example: alan-watts.
        page (int | Unset): Page number for pagination Default: 1. Example: 1.
        page_size (int | Unset): Number of reviews to return per page (max: 100) Default: 20.
            Example: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | GetCharacterReviewsResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        slug=slug,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> DetailedError | GetCharacterReviewsResponse200 | StandardError | None:
    """/api/v1/characters/{slug}/reviews

     This is a preview API and may change. Returns paginated public reviews for a single character.

    Args:
        slug (str): Slug of the character whose reviews should be retrieved Example: alan-watts.
        page (int | Unset): Page number for pagination Default: 1. Example: 1.
        page_size (int | Unset): Number of reviews to return per page (max: 100) Default: 20.
            Example: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | GetCharacterReviewsResponse200 | StandardError
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
