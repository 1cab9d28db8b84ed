"""Path parameters must never change which endpoint a request reaches.

The generated code percent-encodes a path value as one segment (``/``, ``?``, ``#`` and ``%`` are
escaped, so ``%2e`` arrives as the literal text ``%2e``). Only a value that *is* a dot segment
stays: ``.`` and ``..`` are removed by every URL normaliser (RFC 3986 section 5.2.4; httpx does it
while building the URL), and the request silently moves to another endpoint
(``api_keys.retrieve("..")`` would list every key). No encoding helps: ``%2E`` is the same
unreserved character, and WHATWG URL parsers fold ``%2e`` segments too. So they are refused.

This module does no I/O and knows nothing of operations beyond the names it is given.
"""

from __future__ import annotations

__all__ = ["check_path_segment"]

_DOT_SEGMENTS = frozenset({".", ".."})


def check_path_segment(method: str, argument: str, value: str) -> None:
    """Refuse a path parameter value that a URL normaliser would fold into the path.

    Raises:
        ValueError: ``value`` is ``"."`` or ``".."``; the message names the method, the argument
            and the fix.
    """
    if value in _DOT_SEGMENTS:
        raise ValueError(
            f"{method}() argument {argument!r} must not be {value!r}: a dot segment would move the "
            f"request to another endpoint (URL normalisation removes it). Pass the real {argument}."
        )
