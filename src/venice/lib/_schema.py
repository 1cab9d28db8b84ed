"""JSON schemas from Python types, in the strict form structured outputs and strict tools need,
and validation of the model's JSON against the type.

Strict mode (Venice's structured-responses guide, as OpenAI's) needs every object to list all its
properties in ``required`` and to set ``additionalProperties: false``; a field that may be left out
is written as one that may be null (``int | None``). ``strict_schema`` derives that form from what
pydantic writes, and refuses, before any request, what strict mode cannot express: an object whose
keys are not declared (``dict[str, X]``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from venice.lib._errors import StructuredOutputError
from venice.lib._pydantic import adapter

__all__ = ["json_path", "json_schema_format", "schema_name", "strict_schema", "validate_json"]

_NAME = re.compile(r"[^a-zA-Z0-9_-]")


def schema_name(tp: Any) -> str:
    """The name a schema is sent under (``json_schema.name``, a tool's name): the type's own name,
    limited to what the API accepts (letters, digits, ``_`` and ``-``, 64 at most)."""
    return _NAME.sub("_", getattr(tp, "__name__", "") or "response")[:64]


@lru_cache(maxsize=256)
def strict_schema(tp: Any, feature: str) -> dict[str, Any]:
    """The strict JSON schema of ``tp`` (a pydantic model, a dataclass or a TypedDict), made once
    per type (pydantic takes a millisecond or so to write one): shared, so never change it in place."""
    schema = adapter(tp, feature).json_schema()
    name = getattr(tp, "__name__", repr(tp))
    strict: dict[str, Any] = _strict(schema, root=schema, where=name, feature=feature)
    return strict


def json_schema_format(tp: Any, feature: str) -> dict[str, Any]:
    """The strict ``json_schema`` format of type ``tp``, named after it (chat's ``response_format``
    and the Responses API's ``text.format`` carry it)."""
    return {"name": schema_name(tp), "strict": True, "schema": strict_schema(tp, feature)}


def _strict(node: Any, *, root: Mapping[str, Any], where: str, feature: str) -> Any:
    if isinstance(node, list):
        return [_strict(item, root=root, where=where, feature=feature) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node and len(node) > 1:
        # A reference with siblings (a description on a nested model): strict mode reads no
        # siblings of $ref, so the referenced schema is written out in place with them.
        node = {**_resolve(root, node["$ref"]), **{k: v for k, v in node.items() if k != "$ref"}}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "properties" and isinstance(value, dict):
            out[key] = {
                name: _strict(sub, root=root, where=f"{where}.{name}", feature=feature)
                for name, sub in value.items()
            }
        elif key in ("$defs", "definitions") and isinstance(value, dict):
            out[key] = {
                name: _strict(sub, root=root, where=name, feature=feature) for name, sub in value.items()
            }
        elif key == "default" and value is None:
            continue  # strict mode has no defaults; `None` says "may be null", which anyOf says
        else:
            out[key] = _strict(value, root=root, where=where, feature=feature)
    if out.get("type") == "object" or "properties" in out:
        extra = out.get("additionalProperties")
        if extra not in (None, False):
            raise TypeError(
                f"{feature}: {where} is a mapping with free keys (dict[str, ...]), which strict mode "
                "cannot express; declare its keys in a model, a dataclass or a TypedDict"
            )
        out["additionalProperties"] = False
        out["required"] = list(out.get("properties", {}))
    return out


def _resolve(root: Mapping[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise TypeError(f"cannot resolve the schema reference {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    return dict(node)


def validate_json(tp: Any, text: str, feature: str) -> Any:
    """``text`` (the model's JSON) as a ``tp``; ``StructuredOutputError`` names the first JSON path
    that does not fit, and keeps the text."""
    ta = adapter(tp, feature)
    try:
        return ta.validate_json(text)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        errors = _errors(exc)
        first = errors[0] if errors else {}
        path = json_path(first.get("loc", ()))
        name = getattr(tp, "__name__", repr(tp))
        problem = first.get("msg", str(exc))
        raise StructuredOutputError(
            f"the model's JSON does not fit {name} at {path}: {problem}", raw=text, path=path, errors=errors
        ) from None


def _errors(exc: ValueError) -> list[dict[str, Any]]:
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return []
    return [dict(error) for error in errors(include_url=False)]


def json_path(loc: Any) -> str:
    """pydantic's ``loc`` (``("steps", 0, "output")``) as ``$.steps[0].output``."""
    path = "$"
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif isinstance(part, str) and part and part not in ("[key]",):
            path += f".{part}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part) else f"[{json.dumps(part)}]"
    return path
