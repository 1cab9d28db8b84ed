from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detailed_error import DetailedError
from ...models.quote_audio_request import QuoteAudioRequest
from ...models.quote_audio_response_200 import QuoteAudioResponse200
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: QuoteAudioRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/quote",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailedError | QuoteAudioResponse200 | StandardError | None:
    if response.status_code == 200:
        response_200 = QuoteAudioResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetailedError.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = StandardError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DetailedError | QuoteAudioResponse200 | StandardError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteAudioRequest | Unset = UNSET,
) -> Response[DetailedError | QuoteAudioResponse200 | StandardError]:
    """/api/v1/audio/quote

     Get a price quote for audio generation with the specified parameters.

    Args:
        body (QuoteAudioRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | QuoteAudioResponse200 | StandardError]
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
    body: QuoteAudioRequest | Unset = UNSET,
) -> DetailedError | QuoteAudioResponse200 | StandardError | None:
    """/api/v1/audio/quote

     Get a price quote for audio generation with the specified parameters.

    Args:
        body (QuoteAudioRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | QuoteAudioResponse200 | StandardError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteAudioRequest | Unset = UNSET,
) -> Response[DetailedError | QuoteAudioResponse200 | StandardError]:
    """/api/v1/audio/quote

     Get a price quote for audio generation with the specified parameters.

    Args:
        body (QuoteAudioRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | QuoteAudioResponse200 | StandardError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteAudioRequest | Unset = UNSET,
) -> DetailedError | QuoteAudioResponse200 | StandardError | None:
    """/api/v1/audio/quote

     Get a price quote for audio generation with the specified parameters.

    Args:
        body (QuoteAudioRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | QuoteAudioResponse200 | StandardError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
