"""Reach the public method bound to an operation, on a ``Venice`` or ``AsyncVenice`` client."""

from __future__ import annotations

from typing import Any

API_KEY = "contract-test-key"


def bound_method(client: Any, dotted: str) -> Any:
    """``client.<a>.<b>.<c>`` for ``"a.b.c"``; ``AttributeError`` names the missing segment."""
    target = client
    walked = []
    for part in dotted.split("."):
        walked.append(part)
        try:
            target = getattr(target, part)
        except AttributeError:
            raise AttributeError(f"{type(client).__name__} has no {'.'.join(walked)}") from None
    return target
