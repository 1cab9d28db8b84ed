from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detailed_error import DetailedError
from ...models.quote_video_request import QuoteVideoRequest
from ...models.quote_video_response_200 import QuoteVideoResponse200
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: QuoteVideoRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/video/quote",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailedError | QuoteVideoResponse200 | StandardError | None:
    if response.status_code == 200:
        response_200 = QuoteVideoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetailedError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = StandardError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DetailedError | QuoteVideoResponse200 | StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteVideoRequest | Unset = UNSET,
) -> Response[DetailedError | QuoteVideoResponse200 | StandardError]:
    """/api/v1/video/quote

     Quote a video generation request based on pricing inputs (model, duration, resolution, aspect_ratio,
    audio). Returns the price in USD.

    Args:
        body (QuoteVideoRequest | Unset): Request body for video price quote. Available fields and
            valid values vary by model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | QuoteVideoResponse200 | StandardError]
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
    body: QuoteVideoRequest | Unset = UNSET,
) -> DetailedError | QuoteVideoResponse200 | StandardError | None:
    """/api/v1/video/quote

     Quote a video generation request based on pricing inputs (model, duration, resolution, aspect_ratio,
    audio). Returns the price in USD.

    Args:
        body (QuoteVideoRequest | Unset): Request body for video price quote. Available fields and
            valid values vary by model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | QuoteVideoResponse200 | StandardError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteVideoRequest | Unset = UNSET,
) -> Response[DetailedError | QuoteVideoResponse200 | StandardError]:
    """/api/v1/video/quote

     Quote a video generation request based on pricing inputs (model, duration, resolution, aspect_ratio,
    audio). Returns the price in USD.

    Args:
        body (QuoteVideoRequest | Unset): Request body for video price quote. Available fields and
            valid values vary by model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | QuoteVideoResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteVideoRequest | Unset = UNSET,
) -> DetailedError | QuoteVideoResponse200 | StandardError | None:
    """/api/v1/video/quote

     Quote a video generation request based on pricing inputs (model, duration, resolution, aspect_ratio,
    audio). Returns the price in USD.

    Args:
        body (QuoteVideoRequest | Unset): Request body for video price quote. Available fields and
            valid values vary by model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | QuoteVideoResponse200 | StandardError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
