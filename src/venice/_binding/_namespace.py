"""``namespace``: the body of every namespace accessor the pipeline writes (``client.chat``,
``client.chat.completions``, ``with_raw_response``).

The accessors are plain ``property`` objects, so ``help(venice.Venice)`` lists them with their
descriptions and every type checker reads them; this function gives each owner one instance of
each namespace, created on first use, as ``functools.cached_property`` would (whose objects
``help()`` shows as ``<functools.cached_property object>``). No I/O, no imports of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["namespace"]

_N = TypeVar("_N")


def namespace(owner: Any, make: Callable[[Any], _N], client: Any) -> _N:
    """``owner``'s one ``make(client)``: created on the first call, the same object after."""
    cache: dict[Any, Any] = owner.__dict__.setdefault("_namespaces", {})
    found = cache.get(make)
    if found is None:
        found = cache[make] = make(client)
    return found
