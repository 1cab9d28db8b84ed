from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_video_request import CompleteVideoRequest
from ...models.complete_video_response_200 import CompleteVideoResponse200
from ...models.detailed_error import DetailedError
from ...models.standard_error import StandardError
from ...models.x402_inference_payment_required_type_0 import (
    X402InferencePaymentRequiredType0,
)
from ...models.x402_inference_payment_required_type_1 import (
    X402InferencePaymentRequiredType1,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompleteVideoRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/video/complete",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompleteVideoResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    if response.status_code == 200:
        response_200 = CompleteVideoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetailedError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StandardError.from_dict(response.json())

        return response_401

    if response.status_code == 402:

        def _parse_response_402(
            data: object,
        ) -> (
            StandardError
            | X402InferencePaymentRequiredType0
            | X402InferencePaymentRequiredType1
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_402_type_0 = StandardError.from_dict(data)

                return response_402_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_x402_inference_payment_required_type_0 = (
                    X402InferencePaymentRequiredType0.from_dict(data)
                )

                return componentsschemas_x402_inference_payment_required_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_x402_inference_payment_required_type_1 = (
                X402InferencePaymentRequiredType1.from_dict(data)
            )

            return componentsschemas_x402_inference_payment_required_type_1

        response_402 = _parse_response_402(response.json())

        return response_402

    if response.status_code == 500:
        response_500 = StandardError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompleteVideoResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CompleteVideoRequest | Unset = UNSET,
) -> Response[
    CompleteVideoResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    """/api/v1/video/complete

     Delete a video generation request from storage after it has been successfully downloaded. Videos can
    be automatically deleted after retrieval by setting the `delete_media_on_completion` flag to true
    when calling the retrieve API.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        body (CompleteVideoRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteVideoResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1]
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
    client: AuthenticatedClient,
    body: CompleteVideoRequest | Unset = UNSET,
) -> (
    CompleteVideoResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    """/api/v1/video/complete

     Delete a video generation request from storage after it has been successfully downloaded. Videos can
    be automatically deleted after retrieval by setting the `delete_media_on_completion` flag to true
    when calling the retrieve API.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        body (CompleteVideoRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteVideoResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompleteVideoRequest | Unset = UNSET,
) -> Response[
    CompleteVideoResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    """/api/v1/video/complete

     Delete a video generation request from storage after it has been successfully downloaded. Videos can
    be automatically deleted after retrieval by setting the `delete_media_on_completion` flag to true
    when calling the retrieve API.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        body (CompleteVideoRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteVideoResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CompleteVideoRequest | Unset = UNSET,
) -> (
    CompleteVideoResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    """/api/v1/video/complete

     Delete a video generation request from storage after it has been successfully downloaded. Videos can
    be automatically deleted after retrieval by setting the `delete_media_on_completion` flag to true
    when calling the retrieve API.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        body (CompleteVideoRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteVideoResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
