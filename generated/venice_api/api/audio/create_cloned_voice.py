from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_cloned_voice_request_schema import CreateClonedVoiceRequestSchema
from ...models.create_cloned_voice_response_200 import CreateClonedVoiceResponse200
from ...models.detailed_error import DetailedError
from ...models.payload_too_large_error import PayloadTooLargeError
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
    body: CreateClonedVoiceRequestSchema | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/voices",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateClonedVoiceResponse200
    | DetailedError
    | PayloadTooLargeError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    if response.status_code == 200:
        response_200 = CreateClonedVoiceResponse200.from_dict(response.json())

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

    if response.status_code == 403:
        response_403 = StandardError.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())

        return response_413

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
    CreateClonedVoiceResponse200
    | DetailedError
    | PayloadTooLargeError
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
    body: CreateClonedVoiceRequestSchema | Unset = UNSET,
) -> Response[
    CreateClonedVoiceResponse200
    | DetailedError
    | PayloadTooLargeError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    """/api/v1/audio/voices

     Clone a voice from an audio sample. Returns a voice handle (`vv_...`) that can be passed to POST
    /v1/audio/speech as the `voice` parameter to synthesize speech in the cloned voice; the handle must
    be paired with the same `model` used to create it.

    Supported models:

    - `tts-chatterbox-hd` (Resemble AI) — accepts MP3, WAV, FLAC, and M4A samples. Zero-shot: no
    persistent voice template is derived; the reference audio is uploaded to a TTL’d storage object and
    re-read on each synthesis call. Handles expire automatically after 7 days. Available to regular
    users.

    - `tts-minimax-speech-02-hd` (MiniMax) — accepts MP3 and WAV only. Persistent: the upstream provider
    derives a custom voice template that survives across synthesis calls. Auto-deleted after 7 days
    without use; each successful TTS request resets the window. Currently limited access — contact
    support@venice.ai if you need it enabled.

    Samples in containers outside the per-model allowlist are rejected with HTTP 400 before any upload.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        body (CreateClonedVoiceRequestSchema | Unset): Request to create a cloned voice from an
            audio sample. The returned `vv_<id>` handle is passed back as the `voice` parameter on
            POST /v1/audio/speech.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateClonedVoiceResponse200 | DetailedError | PayloadTooLargeError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1]
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
    body: CreateClonedVoiceRequestSchema | Unset = UNSET,
) -> (
    CreateClonedVoiceResponse200
    | DetailedError
    | PayloadTooLargeError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    """/api/v1/audio/voices

     Clone a voice from an audio sample. Returns a voice handle (`vv_...`) that can be passed to POST
    /v1/audio/speech as the `voice` parameter to synthesize speech in the cloned voice; the handle must
    be paired with the same `model` used to create it.

    Supported models:

    - `tts-chatterbox-hd` (Resemble AI) — accepts MP3, WAV, FLAC, and M4A samples. Zero-shot: no
    persistent voice template is derived; the reference audio is uploaded to a TTL’d storage object and
    re-read on each synthesis call. Handles expire automatically after 7 days. Available to regular
    users.

    - `tts-minimax-speech-02-hd` (MiniMax) — accepts MP3 and WAV only. Persistent: the upstream provider
    derives a custom voice template that survives across synthesis calls. Auto-deleted after 7 days
    without use; each successful TTS request resets the window. Currently limited access — contact
    support@venice.ai if you need it enabled.

    Samples in containers outside the per-model allowlist are rejected with HTTP 400 before any upload.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        body (CreateClonedVoiceRequestSchema | Unset): Request to create a cloned voice from an
            audio sample. The returned `vv_<id>` handle is passed back as the `voice` parameter on
            POST /v1/audio/speech.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateClonedVoiceResponse200 | DetailedError | PayloadTooLargeError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateClonedVoiceRequestSchema | Unset = UNSET,
) -> Response[
    CreateClonedVoiceResponse200
    | DetailedError
    | PayloadTooLargeError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
]:
    """/api/v1/audio/voices

     Clone a voice from an audio sample. Returns a voice handle (`vv_...`) that can be passed to POST
    /v1/audio/speech as the `voice` parameter to synthesize speech in the cloned voice; the handle must
    be paired with the same `model` used to create it.

    Supported models:

    - `tts-chatterbox-hd` (Resemble AI) — accepts MP3, WAV, FLAC, and M4A samples. Zero-shot: no
    persistent voice template is derived; the reference audio is uploaded to a TTL’d storage object and
    re-read on each synthesis call. Handles expire automatically after 7 days. Available to regular
    users.

    - `tts-minimax-speech-02-hd` (MiniMax) — accepts MP3 and WAV only. Persistent: the upstream provider
    derives a custom voice template that survives across synthesis calls. Auto-deleted after 7 days
    without use; each successful TTS request resets the window. Currently limited access — contact
    support@venice.ai if you need it enabled.

    Samples in containers outside the per-model allowlist are rejected with HTTP 400 before any upload.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        body (CreateClonedVoiceRequestSchema | Unset): Request to create a cloned voice from an
            audio sample. The returned `vv_<id>` handle is passed back as the `voice` parameter on
            POST /v1/audio/speech.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateClonedVoiceResponse200 | DetailedError | PayloadTooLargeError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateClonedVoiceRequestSchema | Unset = UNSET,
) -> (
    CreateClonedVoiceResponse200
    | DetailedError
    | PayloadTooLargeError
    | StandardError
    | X402InferencePaymentRequiredType0
    | X402InferencePaymentRequiredType1
    | None
):
    """/api/v1/audio/voices

     Clone a voice from an audio sample. Returns a voice handle (`vv_...`) that can be passed to POST
    /v1/audio/speech as the `voice` parameter to synthesize speech in the cloned voice; the handle must
    be paired with the same `model` used to create it.

    Supported models:

    - `tts-chatterbox-hd` (Resemble AI) — accepts MP3, WAV, FLAC, and M4A samples. Zero-shot: no
    persistent voice template is derived; the reference audio is uploaded to a TTL’d storage object and
    re-read on each synthesis call. Handles expire automatically after 7 days. Available to regular
    users.

    - `tts-minimax-speech-02-hd` (MiniMax) — accepts MP3 and WAV only. Persistent: the upstream provider
    derives a custom voice template that survives across synthesis calls. Auto-deleted after 7 days
    without use; each successful TTS request resets the window. Currently limited access — contact
    support@venice.ai if you need it enabled.

    Samples in containers outside the per-model allowlist are rejected with HTTP 400 before any upload.

    **Authentication:** This endpoint accepts either a Bearer API key or a `SIGN-IN-WITH-X` header for
    x402 wallet-based authentication. The legacy `X-Sign-In-With-X` header is also accepted during
    migration. When using x402, a `402 Payment Required` response indicates insufficient balance and
    includes top-up instructions.

    Args:
        body (CreateClonedVoiceRequestSchema | Unset): Request to create a cloned voice from an
            audio sample. The returned `vv_<id>` handle is passed back as the `voice` parameter on
            POST /v1/audio/speech.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateClonedVoiceResponse200 | DetailedError | PayloadTooLargeError | StandardError | StandardError | X402InferencePaymentRequiredType0 | X402InferencePaymentRequiredType1
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
