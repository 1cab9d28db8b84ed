"""Reading an error answer: its body, its message and code, x402's payment header, the request id.

Whatever shape the body has (Venice's ``{"error": "<message>"}``, the x402 402 body, the
OpenAI-style ``{"error": {"message", "code"}}``, plain text), these give the message and the
Venice code the exceptions carry. No I/O beyond reading an already-read ``httpx.Response``; nothing
here reads request headers, so no credential reaches a message.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping

import httpx

from venice._errors._venice_codes import venice_code_for_message

__all__ = [
    "decode_body",
    "decode_payment_required",
    "error_message_and_code",
    "format_details",
    "request_id_of",
]


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


def request_id_of(headers: httpx.Headers) -> str | None:
    for name in ("x-request-id", "cf-ray"):
        value = headers.get(name)
        if value:
            return str(value)
    return None


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
