from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_characters_is_adult import (
    ListCharactersIsAdult,
)
from ...models.list_characters_is_pro import (
    ListCharactersIsPro,
)
from ...models.list_characters_is_web_enabled import (
    ListCharactersIsWebEnabled,
)
from ...models.list_characters_response_200 import ListCharactersResponse200
from ...models.list_characters_sort_by import (
    ListCharactersSortBy,
)
from ...models.list_characters_sort_order import (
    ListCharactersSortOrder,
)
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    categories: list[str] | Unset = UNSET,
    is_adult: ListCharactersIsAdult | Unset = UNSET,
    is_pro: ListCharactersIsPro | Unset = UNSET,
    is_web_enabled: ListCharactersIsWebEnabled | Unset = UNSET,
    limit: int | Unset = 50,
    model_id: list[str] | Unset = UNSET,
    offset: int | None | Unset = 0,
    search: str | Unset = UNSET,
    sort_by: ListCharactersSortBy | Unset = UNSET,
    sort_order: ListCharactersSortOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = categories

    params["categories"] = json_categories

    json_is_adult: str | Unset = UNSET
    if not isinstance(is_adult, Unset):
        json_is_adult = is_adult

    params["isAdult"] = json_is_adult

    json_is_pro: str | Unset = UNSET
    if not isinstance(is_pro, Unset):
        json_is_pro = is_pro

    params["isPro"] = json_is_pro

    json_is_web_enabled: str | Unset = UNSET
    if not isinstance(is_web_enabled, Unset):
        json_is_web_enabled = is_web_enabled

    params["isWebEnabled"] = json_is_web_enabled

    params["limit"] = limit

    json_model_id: list[str] | Unset = UNSET
    if not isinstance(model_id, Unset):
        json_model_id = model_id

    params["modelId"] = json_model_id

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["search"] = search

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sortOrder"] = json_sort_order

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/characters",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCharactersResponse200 | StandardError | None:
    if response.status_code == 200:
        response_200 = ListCharactersResponse200.from_dict(response.json())

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
) -> Response[ListCharactersResponse200 | StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    categories: list[str] | Unset = UNSET,
    is_adult: ListCharactersIsAdult | Unset = UNSET,
    is_pro: ListCharactersIsPro | Unset = UNSET,
    is_web_enabled: ListCharactersIsWebEnabled | Unset = UNSET,
    limit: int | Unset = 50,
    model_id: list[str] | Unset = UNSET,
    offset: int | None | Unset = 0,
    search: str | Unset = UNSET,
    sort_by: ListCharactersSortBy | Unset = UNSET,
    sort_order: ListCharactersSortOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
) -> Response[ListCharactersResponse200 | StandardError]:
    """/api/v1/characters

     This is a preview API and may change. Returns a list of characters supported in the API, with
    filtering by search, tags, categories, model, and sort options.

    Args:
        categories (list[str] | Unset): Filter by category names. Repeat the parameter for
            multiple values. Comma-separated values are also accepted. Example: ['roleplay',
            'philosophy'].
        is_adult (ListCharactersIsAdult | Unset): Filter by adult content flag Example: false.
        is_pro (ListCharactersIsPro | Unset): Filter to only show characters using pro models
            Example: false.
        is_web_enabled (ListCharactersIsWebEnabled | Unset): Filter to only show web-enabled
            characters Example: true.
        limit (int | Unset): Number of characters to return (max: 100) Default: 50. Example: 50.
        model_id (list[str] | Unset): Filter by model ID(s). Repeat the parameter for multiple
            values. Comma-separated values are also accepted. Example: ['zai-org-glm-5-1',
            'kimi-k2-6'].
        offset (int | None | Unset): Number of characters to skip for pagination Default: 0.
            Example: 0.
        search (str | Unset): Search characters by name, description, or tags. Hashtag search is
            supported. Example: assistant.
        sort_by (ListCharactersSortBy | Unset): Sort results using a supported character discovery
            mode Example: imports.
        sort_order (ListCharactersSortOrder | Unset): Sort order applied to the selected sort
            mode. Defaults to descending when omitted. Example: desc.
        tags (list[str] | Unset): Filter by tag names. Repeat the parameter for multiple values.
            Comma-separated values are also accepted. Example: ['helpful', 'productivity'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCharactersResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        categories=categories,
        is_adult=is_adult,
        is_pro=is_pro,
        is_web_enabled=is_web_enabled,
        limit=limit,
        model_id=model_id,
        offset=offset,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    categories: list[str] | Unset = UNSET,
    is_adult: ListCharactersIsAdult | Unset = UNSET,
    is_pro: ListCharactersIsPro | Unset = UNSET,
    is_web_enabled: ListCharactersIsWebEnabled | Unset = UNSET,
    limit: int | Unset = 50,
    model_id: list[str] | Unset = UNSET,
    offset: int | None | Unset = 0,
    search: str | Unset = UNSET,
    sort_by: ListCharactersSortBy | Unset = UNSET,
    sort_order: ListCharactersSortOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
) -> ListCharactersResponse200 | StandardError | None:
    """/api/v1/characters

     This is a preview API and may change. Returns a list of characters supported in the API, with
    filtering by search, tags, categories, model, and sort options.

    Args:
        categories (list[str] | Unset): Filter by category names. Repeat the parameter for
            multiple values. Comma-separated values are also accepted. Example: ['roleplay',
            'philosophy'].
        is_adult (ListCharactersIsAdult | Unset): Filter by adult content flag Example: false.
        is_pro (ListCharactersIsPro | Unset): Filter to only show characters using pro models
            Example: false.
        is_web_enabled (ListCharactersIsWebEnabled | Unset): Filter to only show web-enabled
            characters Example: true.
        limit (int | Unset): Number of characters to return (max: 100) Default: 50. Example: 50.
        model_id (list[str] | Unset): Filter by model ID(s). Repeat the parameter for multiple
            values. Comma-separated values are also accepted. Example: ['zai-org-glm-5-1',
            'kimi-k2-6'].
        offset (int | None | Unset): Number of characters to skip for pagination Default: 0.
            Example: 0.
        search (str | Unset): Search characters by name, description, or tags. Hashtag search is
            supported. Example: assistant.
        sort_by (ListCharactersSortBy | Unset): Sort results using a supported character discovery
            mode Example: imports.
        sort_order (ListCharactersSortOrder | Unset): Sort order applied to the selected sort
            mode. Defaults to descending when omitted. Example: desc.
        tags (list[str] | Unset): Filter by tag names. Repeat the parameter for multiple values.
            Comma-separated values are also accepted. Example: ['helpful', 'productivity'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCharactersResponse200 | StandardError
    """

    return sync_detailed(
        client=client,
        categories=categories,
        is_adult=is_adult,
        is_pro=is_pro,
        is_web_enabled=is_web_enabled,
        limit=limit,
        model_id=model_id,
        offset=offset,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    categories: list[str] | Unset = UNSET,
    is_adult: ListCharactersIsAdult | Unset = UNSET,
    is_pro: ListCharactersIsPro | Unset = UNSET,
    is_web_enabled: ListCharactersIsWebEnabled | Unset = UNSET,
    limit: int | Unset = 50,
    model_id: list[str] | Unset = UNSET,
    offset: int | None | Unset = 0,
    search: str | Unset = UNSET,
    sort_by: ListCharactersSortBy | Unset = UNSET,
    sort_order: ListCharactersSortOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
) -> Response[ListCharactersResponse200 | StandardError]:
    """/api/v1/characters

     This is a preview API and may change. Returns a list of characters supported in the API, with
    filtering by search, tags, categories, model, and sort options.

    Args:
        categories (list[str] | Unset): Filter by category names. Repeat the parameter for
            multiple values. Comma-separated values are also accepted. Example: ['roleplay',
            'philosophy'].
        is_adult (ListCharactersIsAdult | Unset): Filter by adult content flag Example: false.
        is_pro (ListCharactersIsPro | Unset): Filter to only show characters using pro models
            Example: false.
        is_web_enabled (ListCharactersIsWebEnabled | Unset): Filter to only show web-enabled
            characters Example: true.
        limit (int | Unset): Number of characters to return (max: 100) Default: 50. Example: 50.
        model_id (list[str] | Unset): Filter by model ID(s). Repeat the parameter for multiple
            values. Comma-separated values are also accepted. Example: ['zai-org-glm-5-1',
            'kimi-k2-6'].
        offset (int | None | Unset): Number of characters to skip for pagination Default: 0.
            Example: 0.
        search (str | Unset): Search characters by name, description, or tags. Hashtag search is
            supported. Example: assistant.
        sort_by (ListCharactersSortBy | Unset): Sort results using a supported character discovery
            mode Example: imports.
        sort_order (ListCharactersSortOrder | Unset): Sort order applied to the selected sort
            mode. Defaults to descending when omitted. Example: desc.
        tags (list[str] | Unset): Filter by tag names. Repeat the parameter for multiple values.
            Comma-separated values are also accepted. Example: ['helpful', 'productivity'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCharactersResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        categories=categories,
        is_adult=is_adult,
        is_pro=is_pro,
        is_web_enabled=is_web_enabled,
        limit=limit,
        model_id=model_id,
        offset=offset,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    categories: list[str] | Unset = UNSET,
    is_adult: ListCharactersIsAdult | Unset = UNSET,
    is_pro: ListCharactersIsPro | Unset = UNSET,
    is_web_enabled: ListCharactersIsWebEnabled | Unset = UNSET,
    limit: int | Unset = 50,
    model_id: list[str] | Unset = UNSET,
    offset: int | None | Unset = 0,
    search: str | Unset = UNSET,
    sort_by: ListCharactersSortBy | Unset = UNSET,
    sort_order: ListCharactersSortOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
) -> ListCharactersResponse200 | StandardError | None:
    """/api/v1/characters

     This is a preview API and may change. Returns a list of characters supported in the API, with
    filtering by search, tags, categories, model, and sort options.

    Args:
        categories (list[str] | Unset): Filter by category names. Repeat the parameter for
            multiple values. Comma-separated values are also accepted. Example: ['roleplay',
            'philosophy'].
        is_adult (ListCharactersIsAdult | Unset): Filter by adult content flag Example: false.
        is_pro (ListCharactersIsPro | Unset): Filter to only show characters using pro models
            Example: false.
        is_web_enabled (ListCharactersIsWebEnabled | Unset): Filter to only show web-enabled
            characters Example: true.
        limit (int | Unset): Number of characters to return (max: 100) Default: 50. Example: 50.
        model_id (list[str] | Unset): Filter by model ID(s). Repeat the parameter for multiple
            values. Comma-separated values are also accepted. Example: ['zai-org-glm-5-1',
            'kimi-k2-6'].
        offset (int | None | Unset): Number of characters to skip for pagination Default: 0.
            Example: 0.
        search (str | Unset): Search characters by name, description, or tags. Hashtag search is
            supported. Example: assistant.
        sort_by (ListCharactersSortBy | Unset): Sort results using a supported character discovery
            mode Example: imports.
        sort_order (ListCharactersSortOrder | Unset): Sort order applied to the selected sort
            mode. Defaults to descending when omitted. Example: desc.
        tags (list[str] | Unset): Filter by tag names. Repeat the parameter for multiple values.
            Comma-separated values are also accepted. Example: ['helpful', 'productivity'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCharactersResponse200 | StandardError
    """

    return (
        await asyncio_detailed(
            client=client,
            categories=categories,
            is_adult=is_adult,
            is_pro=is_pro,
            is_web_enabled=is_web_enabled,
            limit=limit,
            model_id=model_id,
            offset=offset,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            tags=tags,
        )
    ).parsed
