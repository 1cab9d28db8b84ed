"""pydantic, imported only when a helper needs it (``import venice`` never does).

The structured-output and tool helpers turn Python types into JSON schemas and validate the model's
JSON against them with pydantic's ``TypeAdapter``, which covers pydantic models, dataclasses and
TypedDicts alike. pydantic is the optional extra ``pydantic``; without it, the first helper that needs
it says which extra to install.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

    from pydantic import TypeAdapter

EXTRA = "venice-bindings[pydantic]"

__all__ = ["EXTRA", "adapter", "pydantic"]


def pydantic(feature: str) -> ModuleType:
    """The pydantic module, or an ``ImportError`` naming the extra that ``feature`` needs."""
    try:
        import pydantic as module
    except ImportError:
        raise ImportError(f"{feature} needs pydantic, an optional extra: pip install '{EXTRA}'") from None
    return module


@lru_cache(maxsize=256)
def adapter(tp: Any, feature: str) -> TypeAdapter[Any]:
    """The (cached) ``TypeAdapter`` of ``tp``; a type pydantic cannot take raises ``TypeError``
    naming the type and the fix."""
    module = pydantic(feature)
    try:
        return module.TypeAdapter(tp)  # type: ignore[no-any-return]
    except module.PydanticSchemaGenerationError as exc:
        name = getattr(tp, "__name__", repr(tp))
        raise TypeError(
            f"{feature}: {name} is not a type pydantic can describe as JSON (use a pydantic model, "
            f"a dataclass or a TypedDict): {exc}"
        ) from None
    except module.PydanticUserError as exc:
        name = getattr(tp, "__name__", repr(tp))
        if exc.code == "typed-dict-version":
            raise TypeError(
                f"{feature}: {name} is a typing.TypedDict, which pydantic cannot read on Python < 3.12; "
                "define it with typing_extensions.TypedDict"
            ) from None
        raise TypeError(f"{feature}: pydantic cannot describe {name}: {exc}") from None
