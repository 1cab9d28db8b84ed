"""Where the engine reads the facts the pipeline generated: the one place, each read lazily, once.

- ``operations()``: the operation table (``venice._generated.operation_table``) and its schemas;
- ``response_model(name)``: a response model class (``venice.types.response_models``);
- ``spec_extensions()``: the resolved ``x-venice-*`` extensions the helpers read (a JSON file
  beside the table; ``venice._version`` reads its sibling ``spec_info.json`` itself).

Nothing else in the engine imports generated code (``tests/unit/test_layers.py``).
"""

from __future__ import annotations

import functools
import json
from typing import Any

from venice._binding._table_types import OperationEntry

GENERATED = "venice._generated"


@functools.cache
def operations() -> tuple[dict[str, OperationEntry], dict[str, Any]]:
    """The operation table by ``operationId``, and the request schemas it points into."""
    from venice._generated import operation_table

    return operation_table.OPERATIONS, operation_table.SCHEMAS


@functools.cache
def _response_models() -> Any:
    from venice.types import response_models

    return response_models


def response_model(name: str) -> Any:
    """The generated response model class called ``name``."""
    return getattr(_response_models(), name)


def _json_file(name: str) -> dict[str, Any]:
    try:
        from importlib import resources  # when the table is first read, not at `import venice`

        text = resources.files(GENERATED).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuntimeError(
            f"venice/_generated/{name} is missing: the generated code is incomplete (run make regen)"
        ) from None
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def spec_extensions() -> dict[str, Any]:
    """The resolved ``x-venice-*`` extensions of the overlaid spec."""
    return _json_file("spec_extensions.json")
