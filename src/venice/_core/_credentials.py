"""Credentials and other header values: checked before any I/O, kept out of URLs and messages.

``check_header_value`` refuses a value HTTP cannot carry (whitespace at either end, control
characters, non-ASCII) with a ``ValueError`` that names where the value came from and the fix, and
never shows the value: the classic mistake is a key read from a file or an environment variable
with its trailing newline, which httpx would only reject while sending, as a connection error
whose chained message quotes the key. ``refuse_userinfo`` refuses a ``base_url`` with
``user:password@``, which httpx would send as HTTP Basic auth in place of the Bearer key.

Pure functions: no I/O, no state.
"""

from __future__ import annotations

import re

import httpx

from venice._errors._exceptions import InvalidURLError

__all__ = ["check_header_value", "refuse_userinfo"]

# RFC 9110 field-value, restricted to what httpx encodes from ``str`` (ASCII): visible
# characters, with spaces and tabs allowed only inside. A token (an API key) has no spaces.
_FIELD_VALUE = re.compile(r"[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?")
_TOKEN = re.compile(r"[\x21-\x7e]+")
_NAMES = {"\n": "a newline", "\r": "a carriage return", "\t": "a tab", " ": "a space", "\0": "a NUL"}


def check_header_value(value: str, *, source: str, token: bool = False) -> None:
    """Raise ``ValueError`` if ``value`` cannot be sent as an HTTP header value.

    Args:
        value: the header value (for a key, the key itself).
        source: how the caller gave it, e.g. ``"api_key"`` or ``"default_headers['X-Title']"``.
        token: the value is a single token (an API key): no inner spaces either.
    """
    if (_TOKEN if token else _FIELD_VALUE).fullmatch(value):
        return
    raise ValueError(
        f"{source} {_problem(value, token=token)}, which an HTTP header cannot carry; {_fix(source)}"
    )


def _problem(value: str, *, token: bool) -> str:
    if not value:
        return "is empty"
    if value != value.strip():
        end = "ends" if value[-1:].isspace() else "starts"
        char = value[-1] if end == "ends" else value[0]
        return f"{end} with {_NAMES.get(char, 'whitespace')}"
    for position, char in enumerate(value):
        if char in _NAMES and (token or char not in " \t"):
            return f"contains {_NAMES[char]} at position {position}"
        if ord(char) < 0x20 or ord(char) == 0x7F:
            return f"contains a control character (U+{ord(char):04X}) at position {position}"
        if ord(char) > 0x7E:
            return f"contains a non-ASCII character at position {position}"
    return "is not a valid header value"  # pragma: no cover - every failing case is named above


def _fix(source: str) -> str:
    if "environment variable" in source:
        return "fix the variable (a trailing newline from a file or `echo`?), or strip it yourself."
    return "strip or remove the offending characters (e.g. value.strip())."


def refuse_userinfo(url: httpx.URL) -> None:
    """Raise ``InvalidURLError`` if ``url`` carries ``user:password@`` (the message never shows them).

    httpx would turn it into HTTP Basic auth, which replaces the ``Authorization: Bearer`` header:
    the API key would silently never be sent.
    """
    if url.userinfo:
        raise InvalidURLError(
            "base_url contains credentials (user:password@host), which would replace the API key "
            "with HTTP Basic auth; remove them: Venice authenticates with api_key (Bearer). For a "
            "proxy that needs them, pass http_client=httpx.Client(proxy=...) instead."
        )
