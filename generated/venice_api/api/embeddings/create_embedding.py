from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_embedding_request_schema import CreateEmbeddingRequestSchema
from ...models.create_embedding_response_200 import CreateEmbeddingResponse200
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
    body: CreateEmbeddingRequestSchema,
    accept_encoding: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_encoding, Unset):
        headers["Accept-Encoding"] = accept_encoding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embeddings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateEmbeddingResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    if response.status_code == 200:
        response_200 = CreateEmbeddingResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateEmbeddingResponse200
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
    body: CreateEmbeddingRequestSchema,
    accept_encoding: str | Unset = UNSET,
) -> Response[
    CreateEmbeddingResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    """/api/v1/embeddings

     Create embeddings for the supplied input. `input` must be a string or an array of strings. Token
    arrays (integer IDs) are rejected with HTTP 400. LangChain `OpenAIEmbeddings` sends token arrays
    unless `check_embedding_ctx_length` is `False`. Wrappers that construct `OpenAIEmbeddings` without
    that flag, including gpt-researcher's `openai` provider, still send token arrays.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        accept_encoding (str | Unset):  Example: gzip, br.
        body (CreateEmbeddingRequestSchema): Create embeddings for the supplied input. Example:
            {'encoding_format': 'float', 'input': 'The quick brown fox jumped over the lazy dog',
            'model': 'text-embedding-bge-m3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEmbeddingResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1]
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
    body: CreateEmbeddingRequestSchema,
    accept_encoding: str | Unset = UNSET,
) -> (
    CreateEmbeddingResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    """/api/v1/embeddings

     Create embeddings for the supplied input. `input` must be a string or an array of strings. Token
    arrays (integer IDs) are rejected with HTTP 400. LangChain `OpenAIEmbeddings` sends token arrays
    unless `check_embedding_ctx_length` is `False`. Wrappers that construct `OpenAIEmbeddings` without
    that flag, including gpt-researcher's `openai` provider, still send token arrays.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        accept_encoding (str | Unset):  Example: gzip, br.
        body (CreateEmbeddingRequestSchema): Create embeddings for the supplied input. Example:
            {'encoding_format': 'float', 'input': 'The quick brown fox jumped over the lazy dog',
            'model': 'text-embedding-bge-m3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEmbeddingResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1
    """

    return sync_detailed(
        client=client,
        body=body,
        accept_encoding=accept_encoding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEmbeddingRequestSchema,
    accept_encoding: str | Unset = UNSET,
) -> Response[
    CreateEmbeddingResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    """/api/v1/embeddings

     Create embeddings for the supplied input. `input` must be a string or an array of strings. Token
    arrays (integer IDs) are rejected with HTTP 400. LangChain `OpenAIEmbeddings` sends token arrays
    unless `check_embedding_ctx_length` is `False`. Wrappers that construct `OpenAIEmbeddings` without
    that flag, including gpt-researcher's `openai` provider, still send token arrays.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        accept_encoding (str | Unset):  Example: gzip, br.
        body (CreateEmbeddingRequestSchema): Create embeddings for the supplied input. Example:
            {'encoding_format': 'float', 'input': 'The quick brown fox jumped over the lazy dog',
            'model': 'text-embedding-bge-m3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEmbeddingResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1]
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
    body: CreateEmbeddingRequestSchema,
    accept_encoding: str | Unset = UNSET,
) -> (
    CreateEmbeddingResponse200
    | DetailedError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    """/api/v1/embeddings

     Create embeddings for the supplied input. `input` must be a string or an array of strings. Token
    arrays (integer IDs) are rejected with HTTP 400. LangChain `OpenAIEmbeddings` sends token arrays
    unless `check_embedding_ctx_length` is `False`. Wrappers that construct `OpenAIEmbeddings` without
    that flag, including gpt-researcher's `openai` provider, still send token arrays.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        accept_encoding (str | Unset):  Example: gzip, br.
        body (CreateEmbeddingRequestSchema): Create embeddings for the supplied input. Example:
            {'encoding_format': 'float', 'input': 'The quick brown fox jumped over the lazy dog',
            'model': 'text-embedding-bge-m3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEmbeddingResponse200 | DetailedError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept_encoding=accept_encoding,
        )
    ).parsed
