"""Where what HTTP gives becomes a ``venice`` exception: a status >= 400 (``make_status_error``, by
the table ``STATUS_ERRORS``), an error event inside a stream (``stream_error_from_event``), and every
exception of ``httpx`` (``map_transport_error``, the one translation point; callers catch
``HTTPX_ERRORS`` and raise its answer ``from`` what they caught, and every reader of a body wraps
its reads in ``with reading(response):``, which does the same). No I/O; messages are built from
the response only, never from request headers.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx

from venice._errors._bodies import decode_body, error_message_and_code, format_details
from venice._errors._exceptions import (
    STATUS_ERRORS,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BodyConsumedError,
    InternalServerError,
    InvalidURLError,
    PoolTimeoutError,
    StreamError,
    StreamInterruptedError,
    VeniceError,
)
from venice._errors._wire_failure import endpoint, reason

__all__ = ["HTTPX_ERRORS", "make_status_error", "map_transport_error", "reading", "stream_error_from_event"]


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


class _Reading:
    __slots__ = ("response", "streaming")

    def __init__(self, response: httpx.Response, streaming: bool) -> None:
        self.response = response
        self.streaming = streaming

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, HTTPX_ERRORS):
            response = self.response
            raise map_transport_error(
                exc, response.request, streaming=self.streaming, response=response
            ) from exc


def reading(response: httpx.Response, *, streaming: bool = True) -> _Reading:
    """``with reading(response):`` translates the httpx errors raised while reading ``response``'s
    body by ``map_transport_error`` (a failure of the connection there is a
    ``StreamInterruptedError`` unless ``streaming=False``); shared by every reader of a body, sync
    and async. A class, not ``contextlib.contextmanager``: it is entered on every call."""
    return _Reading(response, streaming)
