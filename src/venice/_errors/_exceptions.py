"""Every exception the ``venice`` package raises: the class tree, and the status table.

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
(``_from_http``: callers catch ``HTTPX_ERRORS`` and raise its answer ``from`` what they caught), and
every status >= 400 in another, ``make_status_error`` there (a table, ``STATUS_ERRORS`` here).

Venice's own error code (``RATE_LIMIT_EXCEEDED``, ``INSUFFICIENT_BALANCE``, ...) rides on
``APIStatusError.code`` as data; it is never a class of its own. Venice usually sends only
``{"error": "<message>"}``, so the code is recognised from the documented message text
(``_venice_codes``); ``_bodies`` reads the message and code out of any error body.

This module must not do I/O and must never put credentials into a message: messages are built
from the response body only, never from request headers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from venice._errors._bodies import decode_payment_required, request_id_of

__all__ = [
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
        self.request_id: str | None = request_id_of(response.headers)
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
