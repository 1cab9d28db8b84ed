"""``venice._core._json``: the per-call JSON helpers give exactly what ``json`` gives."""

from __future__ import annotations

import json
from typing import Any

import pytest

from venice._core._json import dumps_compact, loads

TEXTS = [
    '{"a": 1}',  # one value: a single scan
    ' {"a": 1}',  # whitespace around the value: json.loads's reading
    '{"a": 1}\t \n',
    "[1, 2]",
    '"text"',
    "3.5",
    "null",
    "NaN",
    '{"a": 1} {"b": 2}',  # extra data
    '{"a": 1',  # cut short
    "\ufeff{}",  # a byte-order mark
    "",
    "not json",
    '{"a": "\\ud800", "b": "é\u2028"}',
]
BYTES = [
    *(text.encode() for text in TEXTS),
    '{"a": "é"}'.encode("utf-16"),  # another encoding json.loads detects
    '{"a": 1}'.encode("utf-16-le"),
    '"1"'.encode("utf-32-be"),
    b"\xef\xbb\xbf{}",  # UTF-8 with its BOM
    b'{"a": "\xff"}',  # not UTF-8
]


def _outcome(fn: Any, data: str | bytes) -> str:
    try:
        return repr(("value", fn(data)))  # repr: NaN is not equal to itself
    except (ValueError, TypeError) as exc:
        return repr(("error", type(exc), str(exc)))


@pytest.mark.parametrize("data", [*TEXTS, *BYTES], ids=repr)
def test_loads_gives_what_json_loads_gives(data: str | bytes) -> None:
    assert _outcome(loads, data) == _outcome(json.loads, data)


@pytest.mark.parametrize(
    "value", [{"a": [1, 2.5, None, True]}, {"é": "\u2028"}, "x", [], {"nan": float("nan")}, {"s": {1}}]
)
def test_dumps_compact_is_what_httpx_sends(value: Any) -> None:
    def httpx_json(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    assert _outcome(dumps_compact, value) == _outcome(httpx_json, value)
