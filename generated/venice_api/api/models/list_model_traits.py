from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_model_traits_response_200 import ListModelTraitsResponse200
from ...models.list_model_traits_type import (
    ListModelTraitsType,
)
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ListModelTraitsType | Unset = "text",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/traits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListModelTraitsResponse200 | StandardError | None:
    if response.status_code == 200:
        response_200 = ListModelTraitsResponse200.from_dict(response.json())

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
) -> Response[ListModelTraitsResponse200 | StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListModelTraitsType | Unset = "text",
) -> Response[ListModelTraitsResponse200 | StandardError]:
    """/api/v1/models/traits

     Returns a list of model traits and the associated model.

    Args:
        type_ (ListModelTraitsType | Unset): Filter models by type. Default: 'text'. Example:
            text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListModelTraitsResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: ListModelTraitsType | Unset = "text",
) -> ListModelTraitsResponse200 | StandardError | None:
    """/api/v1/models/traits

     Returns a list of model traits and the associated model.

    Args:
        type_ (ListModelTraitsType | Unset): Filter models by type. Default: 'text'. Example:
            text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListModelTraitsResponse200 | StandardError
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListModelTraitsType | Unset = "text",
) -> Response[ListModelTraitsResponse200 | StandardError]:
    """/api/v1/models/traits

     Returns a list of model traits and the associated model.

    Args:
        type_ (ListModelTraitsType | Unset): Filter models by type. Default: 'text'. Example:
            text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListModelTraitsResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: ListModelTraitsType | Unset = "text",
) -> ListModelTraitsResponse200 | StandardError | None:
    """/api/v1/models/traits

     Returns a list of model traits and the associated model.

    Args:
        type_ (ListModelTraitsType | Unset): Filter models by type. Default: 'text'. Example:
            text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListModelTraitsResponse200 | StandardError
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
