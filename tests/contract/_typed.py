"""Read a typed result the way a user does: every field its models declare, recursively."""

from __future__ import annotations

from typing import Any

from venice import APIResponseValidationError, BaseModel


def read_every_field(value: Any, path: str = "$") -> list[str]:
    """Read every declared field of every model in ``value``; return what raised (a field the spec
    says is always sent but is missing, an unparseable date), each with its path."""
    problems: list[str] = []
    if isinstance(value, BaseModel):
        for attribute, key, _flags, _kind in type(value)._venice_fields:
            try:
                inner = getattr(value, attribute)
            except APIResponseValidationError as exc:
                problems.append(f"{path}.{key}: {exc}")
                continue
            problems += read_every_field(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            problems += read_every_field(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            problems += read_every_field(item, f"{path}.{key}")
    return problems
