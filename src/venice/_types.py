"""Small shared types: the "not given" sentinel and argument aliases. No I/O, no package imports."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Final, Literal

import httpx

__all__ = ["NOT_GIVEN", "NotGiven"]


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument the caller did not pass.

    ``None`` is a meaningful value for several options (``timeout=None`` disables the timeout),
    so "use the client's default" needs a value of its own, like httpx's ``UseClientDefault``.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

TimeoutTypes = float | httpx.Timeout | None

# x402: a ready SIGN-IN-WITH-X header value, or a callable producing one for each request.
SignInWithX = str | Callable[[httpx.Request], str]
AsyncSignInWithX = str | Callable[[httpx.Request], str | Awaitable[str]]
