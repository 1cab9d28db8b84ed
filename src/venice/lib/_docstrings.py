"""What a function's docstring tells a model about it: the prose before the first section (the
tool's description) and each parameter's description, read from a Google ``Args:`` section, reST
``:param x:`` fields or a numpy ``Parameters`` section.

Text only: this module imports nothing and never fails; a docstring it cannot read gives its whole
text as the description and no parameter descriptions.
"""

from __future__ import annotations

import inspect
import re
from typing import NamedTuple

__all__ = ["Docstring", "parse_docstring"]

_GOOGLE_PARAMS = ("Args", "Arguments", "Parameters", "Params", "Keyword Args", "Keyword Arguments")
_GOOGLE_OTHERS = (
    "Returns", "Return", "Yields", "Yield", "Raises", "Raise", "Examples", "Example", "Note", "Notes",
    "Attributes", "Other Parameters", "See Also", "Warning", "Warnings", "Todo", "References",
)  # fmt: skip
_GOOGLE_HEADER = re.compile(rf"^\s*({'|'.join(_GOOGLE_PARAMS + _GOOGLE_OTHERS)}):\s*$")
_GOOGLE_ENTRY = re.compile(r"^\*{0,2}(?P<name>\w+)\s*(\([^)]*\))?\s*:\s*(?P<text>.*)$")
_REST_FIELD = re.compile(r"^\s*:(?P<kind>\w+)(?P<rest>[^:]*):\s*(?P<text>.*)$")
_NUMPY_RULE = re.compile(r"^\s*-{3,}\s*$")
_NUMPY_ENTRY = re.compile(r"^\*{0,2}(?P<name>\w+)\s*(:.*)?$")


class Docstring(NamedTuple):
    description: str | None
    """The prose before the first section, paragraphs kept; ``None`` if there is none."""
    params: dict[str, str]
    """Parameter name -> its description (continuation lines joined by spaces)."""


def parse_docstring(doc: str | None) -> Docstring:
    """The description and parameter descriptions of ``doc`` (indented as written, or cleaned)."""
    lines = inspect.cleandoc(doc or "").splitlines()
    end = next((i for i, line in enumerate(lines) if _starts_section(lines, i)), len(lines))
    description = "\n".join(lines[:end]).strip() or None
    params = {**_numpy_params(lines), **_rest_params(lines), **_google_params(lines)}
    return Docstring(description, params)


def _starts_section(lines: list[str], i: int) -> bool:
    line = lines[i]
    numpy_header = i + 1 < len(lines) and bool(line.strip()) and bool(_NUMPY_RULE.match(lines[i + 1]))
    return bool(_GOOGLE_HEADER.match(line) or _REST_FIELD.match(line)) or numpy_header


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _entries(body: list[str], entry: re.Pattern[str], indent: int) -> dict[str, str]:
    """The entries of a section's ``body``: a line at ``indent`` that matches ``entry`` opens one,
    deeper lines continue it."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in body:
        if not line.strip():
            continue
        match = entry.match(line.strip()) if _indent(line) <= indent else None
        if match:
            current = found.setdefault(match["name"], [])
            if match.groupdict().get("text"):
                current.append(match["text"].strip())
        elif current is not None:
            current.append(line.strip())
    return {name: " ".join(text) for name, text in found.items() if text}


def _google_params(lines: list[str]) -> dict[str, str]:
    """``Args:`` sections: indented entries; the section ends at a line no deeper than its header."""
    params: dict[str, str] = {}
    for i, line in enumerate(lines):
        header = _GOOGLE_HEADER.match(line)
        if not header or header[1] not in _GOOGLE_PARAMS:
            continue
        body = lines[i + 1 :]
        outside = (j for j, more in enumerate(body) if more.strip() and _indent(more) <= _indent(line))
        body = body[: next(outside, len(body))]
        first = next((more for more in body if more.strip()), None)
        if first is not None:
            params.update(_entries(body, _GOOGLE_ENTRY, _indent(first)))
    return params


def _numpy_params(lines: list[str]) -> dict[str, str]:
    """``Parameters`` over a rule: ``name : type`` lines at the header's indent, their description
    indented below; the section ends where the next header (a line over a rule) starts."""
    params: dict[str, str] = {}
    for i, line in enumerate(lines[:-1]):
        if line.strip() in ("Parameters", "Other Parameters") and _NUMPY_RULE.match(lines[i + 1]):
            body = lines[i + 2 :]
            end = next((j for j in range(len(body) - 1) if _NUMPY_RULE.match(body[j + 1])), len(body))
            params.update(_entries(body[:end], _NUMPY_ENTRY, _indent(line)))
    return params


def _rest_params(lines: list[str]) -> dict[str, str]:
    """``:param x:`` / ``:param int x:`` fields, continued by deeper-indented lines."""
    params: dict[str, str] = {}
    for i, line in enumerate(lines):
        field = _REST_FIELD.match(line)
        if not field or field["kind"] not in ("param", "parameter", "arg", "argument", "key", "keyword"):
            continue
        words = field["rest"].split()
        if not words:
            continue
        text = [field["text"].strip()]
        for more in lines[i + 1 :]:
            if not more.strip() or _indent(more) <= _indent(line) or _REST_FIELD.match(more):
                break
            text.append(more.strip())
        params[words[-1]] = " ".join(part for part in text if part)
    return params
