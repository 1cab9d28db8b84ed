"""``client(cls, _sleep=..., **options)``: a ``Venice`` / ``AsyncVenice`` whose retry waits call
``_sleep`` instead of sleeping (so retry tests run at once and can record the delays).

The hook is private (``_sleep_override``, copied by ``with_options``), not a constructor argument:
``help(venice.Venice)`` shows only what users pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

_C = TypeVar("_C")


def client(cls: Callable[..., _C], *, _sleep: Callable[[float], Any] | None = None, **options: Any) -> _C:
    made = cls(**options)
    if _sleep is not None:
        made._sleep_override = _sleep  # type: ignore[attr-defined]
    return made
