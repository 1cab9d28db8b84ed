from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_models_response_200 import ListModelsResponse200
from ...models.list_models_type_type_0 import (
    ListModelsTypeType0,
)
from ...models.list_models_type_type_1 import (
    ListModelsTypeType1,
)
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ListModelsTypeType0 | ListModelsTypeType1 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, str):
        json_type_ = type_
    else:
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListModelsResponse200 | StandardError | None:
    if response.status_code == 200:
        response_200 = ListModelsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = StandardError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListModelsResponse200 | StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListModelsTypeType0 | ListModelsTypeType1 | Unset = UNSET,
) -> Response[ListModelsResponse200 | StandardError]:
    """/api/v1/models

     Returns a list of available models supported by the Venice.ai API across text, image, audio, video,
    and related inference types.

    Args:
        type_ (ListModelsTypeType0 | ListModelsTypeType1 | Unset): Filter models by type. Use
            "all" to get all model types. Example: text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListModelsResponse200 | StandardError]
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
    type_: ListModelsTypeType0 | ListModelsTypeType1 | Unset = UNSET,
) -> ListModelsResponse200 | StandardError | None:
    """/api/v1/models

     Returns a list of available models supported by the Venice.ai API across text, image, audio, video,
    and related inference types.

    Args:
        type_ (ListModelsTypeType0 | ListModelsTypeType1 | Unset): Filter models by type. Use
            "all" to get all model types. Example: text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListModelsResponse200 | StandardError
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListModelsTypeType0 | ListModelsTypeType1 | Unset = UNSET,
) -> Response[ListModelsResponse200 | StandardError]:
    """/api/v1/models

     Returns a list of available models supported by the Venice.ai API across text, image, audio, video,
    and related inference types.

    Args:
        type_ (ListModelsTypeType0 | ListModelsTypeType1 | Unset): Filter models by type. Use
            "all" to get all model types. Example: text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListModelsResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: ListModelsTypeType0 | ListModelsTypeType1 | Unset = UNSET,
) -> ListModelsResponse200 | StandardError | None:
    """/api/v1/models

     Returns a list of available models supported by the Venice.ai API across text, image, audio, video,
    and related inference types.

    Args:
        type_ (ListModelsTypeType0 | ListModelsTypeType1 | Unset): Filter models by type. Use
            "all" to get all model types. Example: text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListModelsResponse200 | StandardError
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
