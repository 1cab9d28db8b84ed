"""Responses the spec documents, to serve back to the client (MockTransport or a loopback server)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from _oas import SpecSchemas
from _spec import Operation
from _values import PNG_1X1, representative

JSON = "application/json"
SSE = "text/event-stream"


@dataclass
class Served:
    status: int
    content_type: str
    body: bytes
    data: Any = None  # the JSON document served, when JSON


def media_examples(media: dict[str, Any]) -> list[tuple[str, Any]]:
    """``(label, value)`` for the ``example`` and every ``examples`` entry of a media type object."""
    found = []
    if "example" in media:
        found.append(("example", media["example"]))
    for name, entry in (media.get("examples") or {}).items():
        if isinstance(entry, dict) and "value" in entry:
            found.append((f"examples.{name}", entry["value"]))
    return found


def json_response(status: int, data: Any) -> Served:
    return Served(status, JSON, json.dumps(data).encode(), data)


def sse_body(events: list[Any], *, done: bool) -> bytes:
    lines = [f"data: {json.dumps(e)}\n\n" for e in events]
    if done:
        lines.append("data: [DONE]\n\n")
    return "".join(lines).encode()


def success(schemas: SpecSchemas, op: Operation, variant: str) -> Served:
    """What a conforming server answers this operation with (first documented status)."""
    responses = op.responses()
    status = "200" if "200" in responses else next(iter(responses))
    content = responses[status].get("content") or {}
    if variant == "stream" and SSE in content:
        event = representative(schemas, content[SSE]["schema"])
        return Served(int(status), SSE, sse_body([event], done=op.operation_id == "createChatCompletion"))
    if JSON in content:
        examples = media_examples(content[JSON])
        data = examples[0][1] if examples else representative(schemas, content[JSON].get("schema") or {})
        return json_response(int(status), data)
    media = next(iter(content), "application/octet-stream")
    body = PNG_1X1 if media.startswith("image/") else f"{op.operation_id} {media} body".encode()
    return Served(int(status), media, body)
