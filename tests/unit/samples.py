"""Minimal valid arguments for any operation, derived from the operation table's request schemas
(the same data the client checks against), and bodies to mutate for property-based tests."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from venice._binding._operations import operation, validator

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)

CHAT: dict[str, Any] = {
    "model": "m",
    "messages": [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "hi"}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "42"},
    ],
    "temperature": 0.2,
    "max_tokens": 10,
    "stream": True,
    "stop": ["\n"],
    "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
    "venice_parameters": {"include_venice_system_prompt": False},
}


def sample(schema: Any, depth: int = 0) -> Any:
    """A minimal value the schema admits (required properties only)."""
    check = validator()
    schema = check._deref(schema)
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        return sample(members[0], depth + 1)
    if schema.get("type") == "object" or "properties" in schema or schema.get("allOf"):
        properties, required, _ = check.properties(schema)
        return {key: sample(properties[key], depth + 1) for key in sorted(required) if key in properties}
    kind = schema.get("type")
    if kind == "array":
        return [sample(schema.get("items") or {}, depth + 1)]
    if kind == "string":
        return {"binary": b"file-bytes", "date-time": "2026-01-01T00:00:00Z", "date": "2026-01-01"}.get(
            str(schema.get("format")), "x"
        )
    return {"integer": 1, "number": 1.0, "boolean": True}.get(str(kind), {})


def chat_body_schema() -> Any:
    return operation("createChatCompletion").bodies[0].schema


def arguments(operation_id: str) -> tuple[list[Any], dict[str, Any]]:
    """Path parameters (positional) and the required keyword arguments of an operation."""
    op = operation(operation_id)
    positional = ["value-1" for _ in op.path_params]
    kwargs: dict[str, Any] = {}
    body = op.bodies[0] if op.bodies else None
    if op.raw_body:
        kwargs["body"] = {"jsonrpc": "2.0", "method": "eth_blockNumber", "id": 1, "params": []}
    elif body is not None:
        properties, _, _ = validator().properties(body.schema)
        for name in sorted(body.required):
            kwargs[name] = sample(properties[body.keys[name]])
    for argument in op.arguments.values():
        if argument.required and argument.where in ("query", "header"):
            kwargs[argument.name] = "x"
    return positional, kwargs


def mutations(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    paths = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            paths += mutations(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths += mutations(item, (*path, index))
    return paths


def replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copied = copy.copy(value)
    copied[path[0]] = replace(value[path[0]], path[1:], new)
    return copied
