from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_request import ChatCompletionRequest
from ...models.create_chat_completion_response_200 import (
    CreateChatCompletionResponse200,
)
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
    body: ChatCompletionRequest | Unset = UNSET,
    accept_encoding: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_encoding, Unset):
        headers["Accept-Encoding"] = accept_encoding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/completions",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateChatCompletionResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | str
    | None
):
    if response.status_code == 200:
        content_type = (
            response.headers.get("content-type", "").partition(";")[0].strip().lower()
        )
        if content_type in ("text/event-stream",):
            return response.text

        response_200 = CreateChatCompletionResponse200.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = StandardError.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = StandardError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = StandardError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = StandardError.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = StandardError.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateChatCompletionResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | str
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
    body: ChatCompletionRequest | Unset = UNSET,
    accept_encoding: str | Unset = UNSET,
) -> Response[
    CreateChatCompletionResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | str
]:
    """/api/v1/chat/completions

     Run text inference based on the supplied parameters. Supports multimodal inputs including text,
    images (image_url), audio (input_audio), video (video_url), and files (file) for compatible models.
    File inputs (PDF, DOCX, PPTX, XLSX, TXT, etc.) are automatically extracted to text before being sent
    to the model. Long running requests should use the streaming API by setting stream=true in your
    request.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        accept_encoding (str | Unset):  Example: gzip, br.
        body (ChatCompletionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1 | str]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_encoding=accept_encoding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest | Unset = UNSET,
    accept_encoding: str | Unset = UNSET,
) -> (
    CreateChatCompletionResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | str
    | None
):
    """/api/v1/chat/completions

     Run text inference based on the supplied parameters. Supports multimodal inputs including text,
    images (image_url), audio (input_audio), video (video_url), and files (file) for compatible models.
    File inputs (PDF, DOCX, PPTX, XLSX, TXT, etc.) are automatically extracted to text before being sent
    to the model. Long running requests should use the streaming API by setting stream=true in your
    request.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        accept_encoding (str | Unset):  Example: gzip, br.
        body (ChatCompletionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1 | str
    """

    return sync_detailed(
        client=client,
        body=body,
        accept_encoding=accept_encoding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest | Unset = UNSET,
    accept_encoding: str | Unset = UNSET,
) -> Response[
    CreateChatCompletionResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | str
]:
    """/api/v1/chat/completions

     Run text inference based on the supplied parameters. Supports multimodal inputs including text,
    images (image_url), audio (input_audio), video (video_url), and files (file) for compatible models.
    File inputs (PDF, DOCX, PPTX, XLSX, TXT, etc.) are automatically extracted to text before being sent
    to the model. Long running requests should use the streaming API by setting stream=true in your
    request.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        accept_encoding (str | Unset):  Example: gzip, br.
        body (ChatCompletionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1 | str]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_encoding=accept_encoding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest | Unset = UNSET,
    accept_encoding: str | Unset = UNSET,
) -> (
    CreateChatCompletionResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | str
    | None
):
    """/api/v1/chat/completions

     Run text inference based on the supplied parameters. Supports multimodal inputs including text,
    images (image_url), audio (input_audio), video (video_url), and files (file) for compatible models.
    File inputs (PDF, DOCX, PPTX, XLSX, TXT, etc.) are automatically extracted to text before being sent
    to the model. Long running requests should use the streaming API by setting stream=true in your
    request.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        accept_encoding (str | Unset):  Example: gzip, br.
        body (ChatCompletionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1 | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept_encoding=accept_encoding,
        )
    ).parsed
