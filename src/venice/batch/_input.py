"""Read a batch input file (OpenAI batch-file shape) into requests, or report every bad line.

A line is ``{"custom_id": str, "method": "POST", "url": "/chat/completions", "body": {...}}``; the
``url`` is a spec path (``/api/v1`` or ``/v1`` before it is accepted, a query string becomes
keyword arguments). Each line's operation is found with ``venice._binding._operations.operation_for``, the
one lookup from a spec path to an operation. Problems are collected with their line numbers
(malformed JSON, missing or wrong fields, unknown operations, duplicate ``custom_id``s, streaming)
so the caller can refuse the whole file before anything is sent. This module does no I/O besides
reading the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from venice._binding._operations import operation, operation_for

__all__ = ["BatchInputError", "BatchOutputError", "BatchRequest", "parse_lines", "read_requests"]

_FIELDS = frozenset({"custom_id", "method", "url", "body"})
_PREFIXES = ("/api/v1/", "/v1/")
MAX_REPORTED = 50


@dataclass(frozen=True)
class BatchRequest:
    """One input line, resolved to a client method."""

    line: int
    custom_id: str
    method_path: str  # e.g. "chat.completions.create" (the operation table's method path)
    path_args: tuple[str, ...]
    arguments: dict[str, Any] = field(default_factory=dict)


class BatchInputError(ValueError):
    """The input file has bad lines (malformed, duplicate, or arguments the client refuses);
    nothing was sent. A ``ValueError``.

    Attributes:
        problems: ``(line number, message)`` for every bad line found, in line order.
    """

    def __init__(self, path: str, problems: list[tuple[int, str]], *, headline: str | None = None) -> None:
        self.problems = problems
        shown = "\n".join(f"  line {n}: {message}" for n, message in problems[:MAX_REPORTED])
        more = f"\n  ... and {len(problems) - MAX_REPORTED} more" if len(problems) > MAX_REPORTED else ""
        headline = headline or f"{path}: {len(problems)} bad line(s), nothing was sent"
        super().__init__(f"{headline}:\n{shown}{more}" if problems else headline)


class BatchOutputError(BatchInputError):
    """The output file cannot take this run's results: it holds another input's results, is not
    a batch output, or another run is writing it. Nothing was sent; the message says what to do."""

    def __init__(self, message: str, problems: list[tuple[int, str]] | None = None) -> None:
        super().__init__("", problems or [], headline=message)


def _query_value(text: str) -> Any:
    try:
        return json.loads(text)  # limit=10 -> 10, onlyActive=true -> True
    except ValueError:
        return text


def _json_problem(text: str, exc: json.JSONDecodeError) -> str:
    """What is wrong, at a column of the input line (the decoder counts the line's own newline as
    a second line, which names a "line 2" the file does not have)."""
    line = text.rstrip("\r\n")
    if exc.pos >= len(line.rstrip()):
        return f"not valid JSON: {exc.msg} at the end of the line (column {len(line) + 1}; cut short?)"
    return f"not valid JSON: {exc.msg} at column {exc.pos + 1}"


def _parse_line(number: int, text: str) -> BatchRequest | str:
    """The request of one line, or what is wrong with it."""
    try:
        entry = json.loads(text)
    except json.JSONDecodeError as exc:
        return _json_problem(text, exc)
    except ValueError as exc:  # e.g. an integer past Python's digit limit
        return f"not valid JSON ({exc})"
    if not isinstance(entry, dict):
        return f"expected a JSON object, got {type(entry).__name__}"
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        return f"unknown field(s) {', '.join(map(repr, unknown))}; a line has {', '.join(sorted(_FIELDS))}"
    custom_id, method, url = entry.get("custom_id"), entry.get("method"), entry.get("url")
    if not isinstance(custom_id, str) or not custom_id:
        return "'custom_id' must be a non-empty string"
    if not isinstance(method, str) or not method:
        return "'method' must be an HTTP method such as \"POST\""
    if not isinstance(url, str) or not url.startswith("/"):
        return "'url' must be an API path such as \"/chat/completions\""
    split = urlsplit(url)
    path = split.path
    for prefix in _PREFIXES:
        if path.startswith(prefix):
            path = path[len(prefix) - 1 :]
            break
    match = operation_for(method, path)
    if match is None:
        return f"no Venice operation answers {method.upper()} {path}"
    body = entry.get("body")
    if body is None:
        body = {}
    if not isinstance(body, dict):
        return f"'body' must be a JSON object, got {type(body).__name__}"
    if body.get("stream"):
        return "'stream' is not supported in a batch (each result is one output line); remove it"
    arguments = {k: _query_value(v) for k, v in parse_qsl(split.query, keep_blank_values=True)}
    clash = sorted(set(arguments) & set(body))
    if clash:
        return f"{', '.join(map(repr, clash))} given both in the url's query and in 'body'"
    arguments.update(body)
    op = operation(match.operation_id)
    # JSON keys (`apiKeyType`) become keywords (`api_key_type`); an unknown key is left as it is, for
    # the method to refuse in the preflight, with the other problems the client finds.
    arguments = {op.keyword(key) or key: value for key, value in arguments.items()}
    path_args = tuple(unquote(value) for value in match.path_params.values())
    return BatchRequest(number, custom_id, op.method_path, path_args, arguments)


def parse_lines(lines: Iterable[str]) -> tuple[list[BatchRequest], list[tuple[int, str]]]:
    """Requests and problems of ``lines`` (numbered from 1); blank lines are skipped."""
    requests: list[BatchRequest] = []
    problems: list[tuple[int, str]] = []
    first_line: dict[str, int] = {}
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        parsed = _parse_line(number, text)
        if isinstance(parsed, str):
            problems.append((number, parsed))
            continue
        first = first_line.get(parsed.custom_id)
        if first is not None:
            problems.append((number, f"duplicate custom_id {parsed.custom_id!r} (first on line {first})"))
            continue
        first_line[parsed.custom_id] = number
        requests.append(parsed)
    return requests, problems


def read_requests(path: str | Path) -> list[BatchRequest]:
    """Every request of the file at ``path``; ``BatchInputError`` lists all bad lines."""
    with open(path, encoding="utf-8") as file:
        requests, problems = parse_lines(file)
    if problems:
        raise BatchInputError(str(path), problems)
    return requests
