"""What the offline Venice answers: the route a request names, the media type it selects, the body.

Everything about an operation comes from the pipeline's tables: the route from the operation table
(`venice._generated.operation_table`), the answers from `venice._generated.offline_answers` (the
spec's examples and schemas,
and `x-venice-answered-when` for which request selects which media type). Nothing here knows about
a particular operation: an answer shaped as a chat completion follows the request's tools and
``response_format`` (`_chat_answers`).
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from venice._binding._table_types import OfflineEntry, OfflineMedia
from venice._generated.offline_answers import OFFLINE
from venice._generated.operation_table import OPERATIONS
from venice.testing._chat_answers import chat_answer
from venice.testing._media import sample_bytes

JSON = "application/json"
SSE = "text/event-stream"


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    literal_segments: int


def _routes(prefix: str) -> list[Route]:
    routes = []
    for operation_id, entry in OPERATIONS.items():
        parts = [
            "[^/]+" if segment.startswith("{") else re.escape(segment) for segment in entry["path"].split("/")
        ]
        literal = sum(1 for segment in entry["path"].split("/") if segment and not segment.startswith("{"))
        pattern = re.compile(re.escape(prefix) + "/".join(parts) + "/?")
        routes.append(Route(operation_id, entry["method"], pattern, literal))
    # A literal segment beats a parameter: /api_keys/rate_limits is not /api_keys/{id}.
    return sorted(routes, key=lambda route: -route.literal_segments)


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes


def request_fields(content_type: str, body: bytes) -> dict[str, Any]:
    """The fields of a JSON or multipart/form-data request body (file parts as their file name)."""
    if not body:
        return {}
    if content_type.startswith("multipart/"):
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        fields: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if isinstance(name, str):
                payload = part.get_payload(decode=True)
                text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
                fields[name] = part.get_filename() or text
        return fields
    try:
        decoded = json.loads(body)
    except ValueError:
        return {}
    return decoded if isinstance(decoded, dict) else {}


def _matches(
    when: Mapping[str, Mapping[str, Any]], fields: Mapping[str, Any], headers: Mapping[str, str]
) -> bool:
    for name, wanted in (when.get("body") or {}).items():
        given = str(fields.get(name)).lower()
        if given not in [str(value).lower() for value in (wanted if isinstance(wanted, list) else [wanted])]:
            return False
    for name, wanted in (when.get("header") or {}).items():
        if str(wanted).lower() not in headers.get(name.lower(), "").lower():
            return False
    return True


def _specificity(media: OfflineMedia) -> int:
    return sum(len(conditions) for conditions in media["when"].values())


@dataclass
class Answers:
    """Routes requests to operations and builds their answers; remembers the polls of each job."""

    prefix: str
    routes: list[Route] = field(init=False)
    _polls: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.routes = _routes(self.prefix)

    def route(self, method: str, path: str) -> tuple[str | None, list[str]]:
        """The operation `method path` names, and the methods the path allows (for a 405)."""
        allowed = []
        for route in self.routes:
            if route.pattern.fullmatch(path):
                if route.method == method:
                    return route.operation_id, []
                allowed.append(route.method)
        return None, allowed

    def answer(self, operation_id: str, fields: Mapping[str, Any], headers: Mapping[str, str]) -> Answer:
        entry = OFFLINE[operation_id]
        media = self._select(operation_id, entry, fields, headers)
        if media is None:  # the spec documents no body for this answer
            return Answer(entry["status"], JSON, b"")
        example = chat_answer(media["example"], fields, _usage(entry))
        return Answer(entry["status"], media["media_type"], _body(media, example))

    def _select(
        self, operation_id: str, entry: OfflineEntry, fields: Mapping[str, Any], headers: Mapping[str, str]
    ) -> OfflineMedia | None:
        media = entry["media"]
        if not media:
            return None
        if entry["polled"]:
            # A job polled by a wait helper runs on the first poll of a request and is done after it.
            key = operation_id + json.dumps(fields, sort_keys=True, default=str)
            with self._lock:
                self._polls[key] += 1
                done = self._polls[key] > 1
            status = [m for m in media if m["media_type"] == JSON]
            result = [m for m in media if m["media_type"] != JSON]
            return (result if done else status or result)[0] if (result or status) else None
        chosen = [m for m in media if m["when"] and _matches(m["when"], fields, headers)]
        if chosen:
            return max(chosen, key=_specificity)
        return next((m for m in media if not m["when"]), media[0])


def _usage(entry: OfflineEntry) -> Any:
    """The `usage` of the operation's JSON answer, if it has one (a stream's usage chunk repeats it)."""
    for media in entry["media"]:
        if media["media_type"] == JSON and isinstance(media["example"], dict):
            return media["example"].get("usage")
    return None


def _body(media: OfflineMedia, example: Any) -> bytes:
    """The bytes of `example`, an answer of `media`'s media type."""
    media_type = media["media_type"]
    if media_type == SSE:
        events = [f"data: {json.dumps(event)}\n\n" for event in example or []]
        if media["end"]:
            events.append(f"data: {media['end']}\n\n")
        return "".join(events).encode()
    if media_type == JSON or media_type.endswith("+json"):
        return json.dumps(example).encode()
    if media_type.startswith("text/"):
        return str(example if example is not None else "").encode()
    return sample_bytes(media_type)
