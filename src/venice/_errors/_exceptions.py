"""Every exception the ``venice`` package raises, and the one place HTTP errors become exceptions.

The tree::

    VeniceError                        root of everything raised here (besides argument errors)
    ├── MissingCredentialsError        no API key / x402 header configured (raised before any I/O)
    ├── InvalidURLError                no valid URL from base_url and the arguments, or a base_url
    │                                  with user:password@ (also a ValueError)
    ├── BodyConsumedError              a body read after it was consumed or closed (also a RuntimeError)
    └── APIError                       something went wrong talking to the API
        ├── APIConnectionError         the request never got a complete answer
        │   ├── APITimeoutError        ... because a timeout expired
        │   │   ├── PoolTimeoutError   ... waiting for a free connection of the pool
        │   │   ├── TotalTimeoutError  ... the call's overall deadline (``Timeout(total=...)``)
        │   │   └── StreamIdleTimeoutError ... no SSE event within ``Timeout(idle=...)``
        │   └── StreamInterruptedError ... because the connection dropped mid-stream
        ├── APIResponseValidationError the answer was not what the spec promised (empty, HTML, invalid
        │   │                          JSON, wrong top-level type, corrupt Content-Encoding)
        │   └── ResponseTooLargeError  a body, SSE line or event over its size cap
        ├── CircuitOpenError           not sent: too many consecutive failures (Venice's lock-out rule)
        ├── StreamError                the server sent an error event inside an SSE stream
        └── APIStatusError             the server answered with a status >= 400
            ├── BadRequestError             400
            ├── AuthenticationError         401
            ├── PaymentRequiredError        402  (``.payment_required``: decoded PAYMENT-REQUIRED header)
            ├── PermissionDeniedError       403
            ├── NotFoundError               404
            ├── RequestTimeoutError         408
            ├── ConflictError               409
            ├── PayloadTooLargeError        413
            ├── UnsupportedMediaTypeError   415
            ├── UnprocessableEntityError    422  (``.suggested_prompt`` on content-policy violations)
            ├── RateLimitError              429
            └── InternalServerError         >= 500
                ├── ServiceUnavailableError 503
                └── GatewayTimeoutError     504

Bad arguments raise the builtin ``TypeError`` / ``ValueError`` before any request is sent (a bad
path value, a header value with whitespace or control characters, a negative option).
Every exception of ``httpx`` becomes one of these in exactly one place, ``map_transport_error``
below (callers catch ``HTTPX_ERRORS`` and raise its answer ``from`` what they caught), and every
status >= 400 in another, ``make_status_error`` (a table, ``STATUS_ERRORS``).

Venice's own error code (``RATE_LIMIT_EXCEEDED``, ``INSUFFICIENT_BALANCE``, ...) rides on
``APIStatusError.code`` as data; it is never a class of its own. Venice usually sends only
``{"error": "<message>"}``, so the code is recognised from the documented message text.

This module must not do I/O and must never put credentials into a message: messages are built
from the response body only, never from request headers.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any

import httpx

from venice._errors._wire_failure import endpoint, reason

__all__ = [
    "VENICE_ERROR_CODES",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BodyConsumedError",
    "CircuitOpenError",
    "ConflictError",
    "GatewayTimeoutError",
    "InternalServerError",
    "InvalidURLError",
    "MissingCredentialsError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServiceUnavailableError",
    "StreamError",
    "StreamIdleTimeoutError",
    "StreamInterruptedError",
    "TotalTimeoutError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "VeniceError",
]


class VeniceError(Exception):
    """Root of every exception raised by the ``venice`` package."""


class MissingCredentialsError(VeniceError):
    """No credentials: neither ``api_key`` / ``VENICE_API_KEY`` nor an x402 ``sign_in_with_x``."""


class InvalidURLError(VeniceError, ValueError):
    """No valid URL could be built from ``base_url`` and the arguments (raised before any I/O)."""


class BodyConsumedError(VeniceError, RuntimeError):
    """A body was read after it was consumed or closed (e.g. ``iter_bytes()`` after
    ``write_to_file()``), or a streamed request body before it was read: a programming error,
    never retried."""


class APIError(VeniceError):
    """A failure while talking to the API.

    Attributes:
        message: human-readable description (never contains credentials).
        request: the ``httpx.Request`` that failed, when one was built.
        body: the decoded error body (JSON value, text, or ``None``).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None, body: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The request did not get a complete response (DNS, refused connection, reset, ...)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class PoolTimeoutError(APITimeoutError):
    """No connection of the pool became free in time: every one is busy or held by a response
    that was neither read nor closed."""


class _LimitTimeoutError(APITimeoutError):
    """A limit of the whole call ran out (``venice.Timeout``); ``timeout`` is the limit, in seconds."""

    def __init__(self, message: str, *, timeout: float, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)
        self.timeout = timeout


class TotalTimeoutError(_LimitTimeoutError):
    """The call's overall deadline passed (``venice.Timeout(total=...)``, or a number given as
    ``timeout=``), counting every attempt, the waits between them and reading the body.

    Attributes:
        timeout: the limit, in seconds.
    """


class StreamIdleTimeoutError(_LimitTimeoutError):
    """An SSE stream sent no event within ``venice.Timeout(idle=...)`` seconds (keep-alive
    comments and partial lines do not count).

    Attributes:
        timeout: the limit, in seconds.
    """


class StreamInterruptedError(APIConnectionError):
    """The connection broke while a streamed response was being read."""


class APIResponseValidationError(APIError):
    """A successful response that is not what the spec promises: a body that cannot be (empty, HTML,
    invalid or wrongly typed JSON, a corrupt ``Content-Encoding``), or a field the spec says is
    always sent that is missing when read (the message names its JSON path).

    Attributes:
        response: the ``httpx.Response``, when the failure happened while reading one.
        status_code: its status, or ``None`` without a response.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        body: object = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=response.request if response is not None else request, body=body)
        self.response = response
        self.status_code = response.status_code if response is not None else None


class ResponseTooLargeError(APIResponseValidationError):
    """A body the client reads whole is larger than ``max_response_size``, or one SSE line or
    event larger than ``max_event_size``: refused before it can fill memory.

    Attributes:
        limit: the cap that was exceeded, in bytes (characters for SSE).
    """

    def __init__(self, message: str, *, limit: int, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)
        self.limit = limit


class CircuitOpenError(APIError):
    """Not sent: the last requests all failed the same way, and sending more would get the key
    locked out (Venice: more than 20 failed requests in 30 s earn a 429 lock-out).

    Attributes:
        retry_after: seconds until the client sends requests again.
        status_code: the status every one of the consecutive failures had.
        failures: how many consecutive failures opened the circuit.
    """

    def __init__(self, message: str, *, retry_after: float, status_code: int, failures: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.status_code = status_code
        self.failures = failures


class StreamError(APIError):
    """The server reported an error inside an SSE stream (after a 200 status).

    Attributes:
        code: Venice or gateway error code, when the event carries or implies one.
        event: the SSE ``event:`` name (``"error"`` or ``"message"``).
    """

    def __init__(self, message: str, *, body: object, code: str | None, event: str | None = None) -> None:
        super().__init__(message, body=body)
        self.code = code
        self.event = event


class APIStatusError(APIError):
    """The server answered with an HTTP status >= 400.

    Attributes:
        status_code: the HTTP status.
        response: the ``httpx.Response`` (already read).
        headers: response headers, case-insensitive (``err.headers["x-ratelimit-remaining-requests"]``).
        body: the decoded body: the JSON value, or the text if it is not JSON.
        request_id: the ``CF-RAY`` / ``x-request-id`` header, when present.
        code: Venice's error code (``"RATE_LIMIT_EXCEEDED"``) or the gateway's business code
            (``"model_not_found"``), when the body states or its message identifies one.
        details: field errors of a 400 ``DetailedError`` body, when present.
        retry_after: seconds the server asked to wait (``retry-after-ms``, ``retry-after``, or on
            429 ``x-ratelimit-reset-requests``), or ``None``.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.headers: httpx.Headers = response.headers
        self.request_id: str | None = _request_id(response.headers)
        self.code = code
        self.details: object = body.get("details") if isinstance(body, Mapping) else None
        self.retry_after = retry_after
        self._read_fields(body if isinstance(body, Mapping) else {})

    def _read_fields(self, fields: Mapping[str, Any]) -> None:
        """Set the attributes a subclass reads from the body or headers (none here)."""


class BadRequestError(APIStatusError):
    """400: the request parameters are invalid (see ``.details`` for field errors)."""


class AuthenticationError(APIStatusError):
    """401: missing, wrong or inactive credentials."""


class PaymentRequiredError(APIStatusError):
    """402: insufficient balance or spend limit, or x402 payment required.

    Attributes:
        payment_required: the decoded base64-JSON ``PAYMENT-REQUIRED`` header (x402 requirements),
            or ``None`` if absent or undecodable.
        top_up_instructions: ``topUpInstructions`` of an x402 body, or ``None``.
        siwx_challenge: ``siwxChallenge`` of an x402 body, or ``None``.
    """

    def _read_fields(self, fields: Mapping[str, Any]) -> None:
        self.payment_required = decode_payment_required(self.headers.get("payment-required"))
        self.top_up_instructions: object = fields.get("topUpInstructions")
        self.siwx_challenge: object = fields.get("siwxChallenge")


class PermissionDeniedError(APIStatusError):
    """403: the account or key may not access this resource."""


class NotFoundError(APIStatusError):
    """404: unknown path, model, character or media."""


class RequestTimeoutError(APIStatusError):
    """408: the server gave up waiting for the request (retried)."""


class ConflictError(APIStatusError):
    """409: a conflicting concurrent request (retried)."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: wrong request content type."""


class UnprocessableEntityError(APIStatusError):
    """422: valid syntax the server refuses, e.g. a content-policy violation.

    Attributes:
        suggested_prompt: a provider-suggested compliant prompt, when the body has one.
    """

    def _read_fields(self, fields: Mapping[str, Any]) -> None:
        value = fields.get("suggested_prompt")
        self.suggested_prompt: str | None = value if isinstance(value, str) else None


class RateLimitError(APIStatusError):
    """429: rate limit exceeded or model overloaded; read ``x-ratelimit-*`` from ``.headers``."""


class InternalServerError(APIStatusError):
    """>= 500: a server-side failure (retried)."""


class ServiceUnavailableError(InternalServerError):
    """503: model offline or at capacity."""


class GatewayTimeoutError(InternalServerError):
    """504: the request took too long on the server; consider streaming."""


STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}

# Venice's documented error table (docs: error-codes.txt): code -> (HTTP status, message).
# Venice's body is usually only {"error": "<message>"}, so the message identifies the code.
VENICE_ERROR_CODES: Mapping[str, tuple[int, str]] = {
    "AUTHENTICATION_FAILED": (401, "Authentication failed"),
    "AUTHENTICATION_FAILED_INACTIVE_KEY": (
        401,
        "Authentication failed - Pro subscription is inactive. Please upgrade your subscription to "
        "continue using the API",
    ),
    "X402_INVALID_SIGN_IN": (401, "Invalid Sign-in-with-x signature"),
    "PRO_ONLY_MODEL": (401, "This model is only available to Pro users"),
    "INSUFFICIENT_BALANCE": (
        402,
        "Insufficient USD or Diem balance to complete request. Visit https://venice.ai/settings/api to add "
        "credits.",
    ),
    "API_KEY_DIEM_SPEND_LIMIT_EXCEEDED": (
        402,
        "API key DIEM spend limit exceeded. Your account may still have DIEM balance, but this API key has "
        "reached its configured DIEM spending limit.",
    ),
    "API_KEY_USD_SPEND_LIMIT_EXCEEDED": (
        402,
        "API key USD spend limit exceeded. Your account may still have USD balance, but this API key has "
        "reached its configured USD spending limit.",
    ),
    "UNAUTHORIZED": (403, "Unauthorized access"),
    "API_ACCESS_DISABLED": (
        403,
        "API access has been disabled for this account. Please contact support@venice.ai",
    ),
    "X402_WALLET_MISMATCH": (403, "You can only access resources for your own wallet"),
    "INVALID_REQUEST": (400, "Invalid request parameters"),
    "INVALID_MODEL": (400, "Invalid model specified"),
    "REQUEST_ID_NOT_FOUND": (400, "Request ID is invalid."),
    "INVALID_AUDIO_FORMAT": (400, "Invalid audio format. Supported formats are WAV and MP3."),
    "INVALID_VIDEO_FORMAT": (
        400,
        "Invalid video format. Supported formats include MP4, MOV, WebM, MKV, AVI, and others.",
    ),
    "CORRUPTED_IMAGE": (400, "The image file is corrupted or unreadable"),
    "IMAGE_TOO_SMALL": (400, "Image dimensions are too small"),
    "TOO_MANY_TOKENS": (
        400,
        "Your request exceeds the model\u2019s maximum context. "
        "Please reduce your prompt or completion length.",
    ),
    "CHARACTER_NOT_FOUND": (404, "No character could be found from the provided character_slug"),
    "MODEL_NOT_FOUND": (404, "Specified model not found"),
    "MEDIA_NOT_FOUND": (404, "Media could not be found. Request may may be invalid, expired, or deleted."),
    "PAYLOAD_TOO_LARGE": (413, "The request payload is too large. Please reduce the size of your request."),
    "INVALID_CONTENT_TYPE": (415, "Invalid request content-type"),
    "VIDEO_DURATION_TOO_LONG": (422, "Video duration exceeds the maximum allowed."),
    "VIDEO_DURATION_TOO_SHORT": (422, "Video duration is too short."),
    "IMAGE_TOO_LARGE": (422, "Image dimensions exceed the maximum allowed."),
    "CONTENT_POLICY_VIOLATION": (
        422,
        "Your prompt violates the content policy of Venice.ai or the model provider",
    ),
    "ASR_UPSTREAM_VALIDATION_FAILED": (
        422,
        "The audio could not be processed for transcription. Common causes: zero-length, silent, corrupt, or "
        "unsupported-language audio. Please verify the file and retry.",
    ),
    "RATE_LIMIT_EXCEEDED": (429, "Rate limit exceeded"),
    "MODEL_OVERLOADED": (429, "The model is currently overloaded. Please try again later."),
    "INFERENCE_FAILED": (500, "Inference processing failed"),
    "UPSCALE_FAILED": (500, "Image upscaling failed"),
    "IMAGE_EDIT_ERROR": (500, "Image edit failed"),
    "UNKNOWN_ERROR": (500, "An unknown error occurred"),
    "TEE_ATTESTATION_FAILED": (
        502,
        "TEE attestation request failed. The Trusted Execution Environment provider may be temporarily "
        "unavailable.",
    ),
    "TEE_SIGNATURE_FAILED": (
        502,
        "TEE signature request failed. The Trusted Execution Environment provider may be temporarily "
        "unavailable.",
    ),
    "ASR_UPSTREAM_FAILED": (
        502,
        "Audio transcription failed due to a temporary upstream error. Please retry.",
    ),
    "MODEL_OFFLINE": (503, "The model is temporarily offline. Please try again later."),
    "MODEL_AT_CAPACITY": (503, "The model is at capacity. Please try again later."),
    "REQUEST_TIMEOUT": (
        504,
        "The request took too long to complete and was timed-out. For long-running inference requests, use "
        "the streaming API by setting stream=true in your request.",
    ),
}


def _normalise(message: str) -> str:
    # Servers drift in trailing punctuation and apostrophes; compare on a canonical form.
    return message.replace("\u2019", "'").strip().rstrip(".").casefold()


_CODE_BY_MESSAGE: dict[str, str] = {_normalise(msg): code for code, (_, msg) in VENICE_ERROR_CODES.items()}
# Longest first, so "Authentication failed - Pro subscription..." wins over "Authentication failed".
_PREFIXES: list[tuple[str, str]] = sorted(_CODE_BY_MESSAGE.items(), key=lambda item: -len(item[0]))


def venice_code_for_message(message: str, status_code: int | None = None) -> str | None:
    """Return the documented Venice error code whose message matches ``message``, else ``None``.

    An exact (normalised) match wins; otherwise the longest documented message that starts the
    given one, restricted to codes documented for ``status_code`` when it is given.
    """
    norm = _normalise(message)
    code = _CODE_BY_MESSAGE.get(norm)
    if code is not None:
        return code
    for documented, candidate in _PREFIXES:
        if norm.startswith(documented) and (
            status_code is None or VENICE_ERROR_CODES[candidate][0] == status_code
        ):
            return candidate
    return None


def error_message_and_code(body: object, status_code: int | None) -> tuple[str | None, str | None]:
    """Extract ``(message, code)`` from any error body shape Venice or a gateway sends.

    Shapes: ``{"error": "msg"}`` (+ ``details`` / ``suggested_prompt``), the x402 402 body
    (``{"error": "Payment required", "code": "PAYMENT_REQUIRED", "message": ...}``), and the
    OpenAI-style ``{"error": {"message", "type", "code"}}``.
    """
    if isinstance(body, str):
        stripped = body.strip()
        return (stripped or None), (venice_code_for_message(stripped, status_code) if stripped else None)
    if not isinstance(body, Mapping):
        return None, None
    error = body.get("error")
    code: object = body.get("code")
    message: object = None
    if isinstance(error, Mapping):
        message = error.get("message")
        code = error.get("code") if error.get("code") is not None else code
    elif isinstance(error, str):
        message = error
    if message is None and isinstance(body.get("message"), str):
        message = body["message"]
    elif isinstance(body.get("message"), str) and message != body.get("message"):
        message = f"{message}: {body['message']}"
    text = message if isinstance(message, str) else None
    if isinstance(code, (str, int)) and not isinstance(code, bool):
        return text, str(code)
    if isinstance(error, str):
        return text, venice_code_for_message(error, status_code)
    return text, None


def decode_payment_required(value: str | None) -> object:
    """Decode a ``PAYMENT-REQUIRED`` header (base64 of JSON). ``None`` if absent or undecodable."""
    if not value:
        return None
    raw = value.strip()
    for decoder in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            return json.loads(decoder(raw + "=" * (-len(raw) % 4)))
        except (binascii.Error, ValueError):
            continue
    return None


def _request_id(headers: httpx.Headers) -> str | None:
    for name in ("x-request-id", "cf-ray"):
        value = headers.get(name)
        if value:
            return str(value)
    return None


def decode_body(response: httpx.Response) -> object:
    """Decode an already-read response body: JSON value if it parses, else text, else ``None``
    (also ``None`` for a body never read, e.g. a status error raised by an event hook)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        try:
            return content.decode(response.encoding or "utf-8", errors="replace")
        except LookupError:
            return content.decode("utf-8", errors="replace")


def make_status_error(
    response: httpx.Response, *, retry_after: float | None = None, note: str | None = None
) -> APIStatusError:
    """Build the ``APIStatusError`` subclass for a read response with status >= 400 (table lookup);
    ``note`` is appended to the message (e.g. why it was not retried)."""
    status = response.status_code
    body = decode_body(response)
    message, code = error_message_and_code(body, status)
    cls = STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    reason = response.reason_phrase or "error"
    text = f"Error code: {status} ({reason})"
    if code:
        text += f" [{code}]"
    if message:
        text += f" - {message}"
    details = body.get("details") if isinstance(body, Mapping) else None
    if details:
        text += f"\n{format_details(details)}"
    if note:
        text += f"\n{note}"
    return cls(text, response=response, body=body, code=code, retry_after=retry_after)


def format_details(details: object) -> str:
    """Render Venice's zod-style ``details`` (``{"field": {"_errors": [...]}}``) as readable lines."""
    lines: list[str] = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, Mapping):
            for message in node.get("_errors") or []:
                lines.append(f"  {path or '<request>'}: {message}")
            for key, child in node.items():
                if key != "_errors":
                    walk(child, f"{path}.{key}" if path else str(key))
        elif isinstance(node, list):
            for message in node:
                lines.append(f"  {path or '<request>'}: {message}")

    walk(details, "")
    return "\n".join(lines) if lines else f"  {details!r}"


def stream_error_from_event(data: Any, event: str | None) -> StreamError:
    """Build the ``StreamError`` for an SSE error event's decoded data."""
    message, code = error_message_and_code(data, None)
    text = "The server reported an error mid-stream"
    if code:
        text += f" [{code}]"
    if message:
        text += f": {message}"
    return StreamError(text, body=data, code=code, event=event)


# ----------------------------------------------------------------------------------------------
# httpx errors
# ----------------------------------------------------------------------------------------------


# Every exception class httpx raises (``HTTPError`` covers request, transport, decoding, redirect
# and status errors; the others derive from ``Exception`` / ``RuntimeError`` directly). Call sites
# catch this tuple and raise ``map_transport_error(...)`` from what they caught.
HTTPX_ERRORS: tuple[type[Exception], ...] = (
    httpx.HTTPError,
    httpx.InvalidURL,
    httpx.StreamError,
    httpx.CookieConflict,
)


def map_transport_error(
    exc: Exception,
    request: httpx.Request | None,
    *,
    streaming: bool = False,
    response: httpx.Response | None = None,
) -> VeniceError:
    """The one place httpx exceptions become ``venice`` errors (callers ``raise ... from exc``).

    Args:
        exc: any instance of ``HTTPX_ERRORS``.
        request: the request being sent or answered.
        streaming: ``exc`` happened while the caller read a streamed body (SSE, binary): a
            transport failure there is a ``StreamInterruptedError``.
        response: the response whose body was being read, when there is one.
    """
    name = type(exc).__name__
    if isinstance(exc, httpx.PoolTimeout):
        return PoolTimeoutError(
            "No connection of the pool became free within the pool timeout: every connection is in "
            "use, or held by a response that was neither read nor closed (read or close every "
            "BinaryResponse and Stream, or use them in `with` blocks). Raise the limit with "
            "http_client=httpx.Client(limits=httpx.Limits(max_connections=...)), or wait longer "
            "with timeout=httpx.Timeout(..., pool=...).",
            request=request,
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request to {endpoint(request)} {reason(exc, request)}.", request=request)
    if isinstance(exc, httpx.LocalProtocolError):
        # Its text may quote a header value (a credential): left out here, and _send drops the chain.
        return APIConnectionError(
            "The request could not be sent: httpx refused it as invalid HTTP (LocalProtocolError).",
            request=request,
        )
    if isinstance(exc, httpx.UnsupportedProtocol):
        return APIConnectionError(
            f"Unsupported URL scheme in {request.url.scheme + '://' if request else 'the URL'}: "
            "base_url must start with https:// or http://.",
            request=request,
        )
    if isinstance(exc, httpx.TransportError):
        if streaming:
            return StreamInterruptedError(
                f"The connection to {endpoint(request)} was interrupted while reading the stream: "
                f"{reason(exc, request)}.",
                request=request,
            )
        return APIConnectionError(
            f"Connection error: {endpoint(request)}: {reason(exc, request)}.", request=request
        )
    if isinstance(exc, httpx.DecodingError):
        return APIResponseValidationError(
            f"The response body could not be decoded ({name}: {exc}); Content-Encoding: "
            f"{response.headers.get('content-encoding', 'none') if response is not None else 'unknown'}.",
            response=response,
            request=request,
        )
    if isinstance(exc, httpx.TooManyRedirects):
        return APIConnectionError(
            "Too many redirects: the server kept redirecting (a loop?); check base_url.", request=request
        )
    if isinstance(exc, httpx.HTTPStatusError):  # raised by a user's event hook (raise_for_status)
        return make_status_error(exc.response)
    if isinstance(exc, httpx.RequestError):
        return APIConnectionError(f"The request failed ({name}).", request=request)
    if isinstance(exc, httpx.InvalidURL):
        return InvalidURLError(f"Invalid URL: {exc}. Check base_url and the path and query values.")
    if isinstance(exc, httpx.StreamError):
        return BodyConsumedError(
            f"{exc} ({name}). Read a body once: iter_bytes(), write_to_file() and iteration consume it."
        )
    return APIError(f"HTTP client error ({name}: {exc}).", request=request)
