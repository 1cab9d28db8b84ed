"""What the project's pinned spec (spec/lock.json) offers, for tests whose subject only some specs have.

The tests run against whatever spec is pinned: today's, or an older one while `bench/replay_history.py`
replays the upstream history. A test that needs an operation or a request field the pinned spec lacks
(music came on 2026-03-08, the x402 wallet endpoints on 2026-04-13, ...) is skipped there with the
reason, through the `spec` marker (tests/conftest.py), instead of failing for a cause no update made:

    @pytest.mark.spec("POST /audio/queue")
    @pytest.mark.spec("POST /chat/completions", "metadata")

The oracle is the pinned spec itself, pulled as the pipeline pulls it, never the generated bindings: if
the generator loses an operation the spec has, the test still runs and fails. This module only reads
the spec; it must not decide what a test asserts.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from pipeline.pull import Lock, pull  # noqa: E402
from pipeline.specio import load_spec  # noqa: E402


@functools.cache
def pinned() -> tuple[str, dict[str, Any]]:
    """(info.version, document) of the pinned spec, read once per process."""
    lock = Lock.read()
    return lock.info_version, load_spec(pull(lock))


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    """`node` with local `$ref`s followed."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _body_fields(doc: dict[str, Any], schema: Any) -> tuple[set[str], set[str]]:
    """(properties, required) of a request body schema, through `allOf` / `oneOf` / `anyOf`."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return set(), set()
    names, required = set(schema.get("properties") or {}), set(schema.get("required") or [])
    for key in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(key) or []:
            more, also = _body_fields(doc, member)
            names |= more
            if key == "allOf":  # every member applies; of alternatives, none is required of all
                required |= also
    return names, required


def fields(route: str) -> tuple[set[str], set[str]] | None:
    """(names, required names) of the parameters and request-body properties of `route`
    (`"POST /audio/queue"`) in the pinned spec, or None when the spec has no such operation."""
    _version, doc = pinned()
    method, _, path = route.partition(" ")
    item = _resolve(doc, (doc.get("paths") or {}).get(path))
    op = item.get(method.lower()) if isinstance(item, dict) else None
    if not isinstance(op, dict):
        return None
    names: set[str] = set()
    required: set[str] = set()
    for parameter in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        parameter = _resolve(doc, parameter)
        names.add(str(parameter["name"]))
        if parameter.get("required"):
            required.add(str(parameter["name"]))
    body = _resolve(doc, op.get("requestBody")) or {}
    for media in (body.get("content") or {}).values():
        more, also = _body_fields(doc, media.get("schema"))
        names, required = names | more, required | also
    return names, required


def lacks(route: str, *wanted: str) -> str | None:
    """Why the pinned spec cannot serve a test of `route` using the request fields `wanted`; None if
    it can."""
    version, _doc = pinned()
    found = fields(route)
    if found is None:
        return f"the pinned spec ({version}) has no operation {route}"
    missing = sorted(set(wanted) - found[0])
    if missing:
        return f"{route} of the pinned spec ({version}) has no field {', '.join(missing)}"
    return None


def requires(route: str, field: str) -> bool:
    """Whether `route` of the pinned spec requires `field` (False when it has no such operation)."""
    found = fields(route)
    return found is not None and field in found[1]
