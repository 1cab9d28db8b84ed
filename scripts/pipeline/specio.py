"""Read and write OpenAPI documents without changing any scalar's type or value.

Venice's `swagger.yaml` is YAML 1.2: unquoted `on`/`off` are strings and `16:9` is a string, but a
YAML 1.1 loader (PyYAML's default resolver) turns them into booleans and base-60 integers. Everything
here therefore loads with ruamel.yaml's YAML 1.2 safe loader (the same loader openapi-python-client
uses) and writes JSON, which has no implicit typing at all. This module must not interpret the spec.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError


class _CoreSchemaConstructor(SafeConstructor):
    """YAML 1.2 core schema: no implicit timestamps, so `2026-04-09T12:00:00Z` stays the string it is.

    ruamel's safe loader still resolves timestamps as an extension; JSON (which the API speaks and the
    generator receives) has none, and a `datetime` in an example cannot be written back losslessly.
    """


_CoreSchemaConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def _yaml_loader() -> YAML:
    # ruamel.yaml.clib's C parser when installed (about 5x faster on the spec); resolution and
    # construction stay ruamel's YAML 1.2 Python classes either way, so the result is identical
    # (tests/pipeline/test_specio.py compares both on the pinned spec).
    yaml = YAML(typ="safe")
    yaml.Constructor = _CoreSchemaConstructor
    return yaml


class SpecError(Exception):
    """A spec document that cannot be used; the message is one line naming the problem and where."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_document(data: bytes, *, source: str) -> dict[str, Any]:
    """Parse YAML 1.2 or JSON bytes into plain dicts/lists; raise `SpecError` with a one-line reason."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{source}: not UTF-8 text (byte {exc.start})") from None
    try:
        loaded = _yaml_loader().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        problem = (exc.problem or exc.context or "invalid YAML").strip().replace("\n", " ")
        raise SpecError(f"{source}: not valid YAML/JSON at {where}: {problem}") from None
    except YAMLError as exc:
        raise SpecError(f"{source}: not valid YAML/JSON: {str(exc).splitlines()[0]}") from None
    if not isinstance(loaded, dict):
        raise SpecError(
            f"{source}: not an OpenAPI document (top level is {type(loaded).__name__}, not a mapping)"
        )
    return loaded


def require_openapi3(doc: dict[str, Any], *, source: str) -> str:
    """Return `info.version`, or raise `SpecError` if `doc` is not an OpenAPI 3.x document."""
    version = doc.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        found = "no 'openapi' field" if version is None else f"openapi: {version!r}"
        raise SpecError(f"{source}: not an OpenAPI 3.x document ({found})")
    info = doc.get("info")
    if not isinstance(info, dict) or "version" not in info:
        raise SpecError(f"{source}: OpenAPI document has no info.version")
    return str(info["version"])


def load_spec(path: Path) -> dict[str, Any]:
    """Load an OpenAPI 3.x document from `path` (YAML 1.2 or JSON)."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpecError(f"{source}: cannot read ({exc.strerror})") from None
    doc = parse_document(data, source=source)
    require_openapi3(doc, source=source)
    return doc


def dump_json(doc: Any) -> str:
    """Deterministic JSON text (key order preserved, UTF-8, trailing newline)."""
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def iter_operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """`(METHOD, path, operation)` for every operation, in document order."""
    found = []
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found.append((method.upper(), path, op))
    return found
