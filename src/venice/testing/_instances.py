"""Values valid for a JSON schema, built deterministically: what the offline Venice writes as a tool
call's arguments and as a structured (``response_format``) answer.

``instance(schema)`` gives a plausible value that the schema admits: strings such as ``"example"``,
every property of an object, one item in an array (items told apart, so ``uniqueItems`` holds). It
understands ``type`` (and lists of types, where null is the last choice), ``const``, ``enum``,
``default`` and ``examples``; objects (``properties``, ``required``, ``additionalProperties``,
``min/maxProperties``), arrays (``items``, ``prefixItems``, ``min/maxItems``), strings (``format``,
``min/maxLength``, and a ``pattern`` that one of a few common strings matches), numbers
(``minimum``, ``maximum``, their exclusive forms, ``multipleOf``); ``allOf``; ``anyOf`` and
``oneOf`` (the first branch that is not null: right for a ``oneOf`` whose branches exclude each
other, as a discriminated union's do); and ``$ref`` to a JSON pointer in the same schema
(``#/$defs/...``, ``#/definitions/...``, ``#``). A recursive schema stops where it allows a null, an
empty array or a missing property.

It ignores ``not``, ``if``/``then``/``else``, ``contains`` and the dependent keywords, and raises
``UnbuildableSchema`` for a schema it cannot satisfy or resolve. It needs nothing beyond the standard
library, and knows nothing of the API.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeGuard
from urllib.parse import unquote

__all__ = ["UnbuildableSchema", "instance"]

# Past this nesting a value is built from what its schema requires only (a recursive schema turns
# this on where it recurs); past the most, the schema requires values nested without end.
_FULL_DEPTH = 8
_MAX_DEPTH = 64
_FORMATS = {
    "date": "2026-01-{day:02d}",
    "date-time": "2026-01-{day:02d}T12:00:00Z",
    "time": "12:00:00Z",
    "duration": "P{n}D",
    "email": "user{suffix}@example.com",
    "idn-email": "user{suffix}@example.com",
    "hostname": "host{suffix}.example.com",
    "idn-hostname": "host{suffix}.example.com",
    "ipv4": "192.0.2.{n}",
    "ipv6": "2001:db8::{n}",
    "uri": "https://example.com/{suffix}",
    "uri-reference": "https://example.com/{suffix}",
    "iri": "https://example.com/{suffix}",
    "iri-reference": "https://example.com/{suffix}",
    "url": "https://example.com/{suffix}",
    "uuid": "00000000-0000-4000-8000-{n:012d}",
    "json-pointer": "/example",
    "regex": "^example$",
}
# Strings tried, in order, against a `pattern`.
_PATTERN_CANDIDATES = (
    "example",
    "Example",
    "EXAMPLE",
    "example-1",
    "example_1",
    "abc123",
    "ABC123",
    "abc",
    "ABC",
    "AB12",
    "a1",
    "A1",
    "a",
    "A",
    "1",
    "123",
    "123456",
    "2026-01-01",
    "2026-01-01T12:00:00Z",
    "12:00",
    "user@example.com",
    "https://example.com",
    "+15555550123",
    "#336699",
    "00000000-0000-4000-8000-000000000000",
    "",
)
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_OBJECT_WORDS = ("properties", "required", "additionalProperties", "patternProperties", "minProperties")
_ARRAY_WORDS = ("items", "prefixItems", "minItems", "maxItems", "uniqueItems")
_STRING_WORDS = ("minLength", "maxLength", "pattern", "format")
_NUMBER_WORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")


class UnbuildableSchema(ValueError):
    """The schema admits no value this builder can find, or a ``$ref`` in it does not resolve."""


def instance(schema: Any) -> Any:
    """A value valid for `schema`, the same every time."""
    return _Builder(schema).build(schema, _Place(depth=0, ordinal=0, minimal=False, refs=("#",)))


@dataclass(frozen=True)
class _Place:
    """Where a value is built: how deep, which item of its array (`ordinal` tells them apart),
    whether only what is required is built (`minimal`), and the `$ref`s expanded on the way to it."""

    depth: int
    ordinal: int
    minimal: bool
    refs: tuple[str, ...]

    def below(self, ordinal: int | None = None) -> _Place:
        return replace(self, depth=self.depth + 1, ordinal=self.ordinal if ordinal is None else ordinal)


class _Builder:
    def __init__(self, root: Any) -> None:
        self.root = root

    def build(self, schema: Any, place: _Place) -> Any:
        if place.depth > _MAX_DEPTH:
            raise UnbuildableSchema("the schema requires values nested without end")
        if place.depth > _FULL_DEPTH:
            place = replace(place, minimal=True)
        schema, place = self.flatten(schema, place)
        ordinal = place.ordinal
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            if not schema["enum"]:
                raise UnbuildableSchema("no value is in every enum of the schema")
            return copy.deepcopy(_pick(schema["enum"], ordinal))
        if schema.get("default") is not None:
            return copy.deepcopy(schema["default"])
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return copy.deepcopy(_pick(schema["examples"], ordinal))
        kind = _kind(schema, place.minimal)
        if kind == "object":
            return self.object(schema, place)
        if kind == "array":
            return self.array(schema, place)
        if kind == "string":
            return _string(schema, ordinal)
        if kind == "integer":
            return _integer(schema, ordinal)
        if kind == "number":
            return _number(schema, ordinal)
        if kind == "boolean":
            return ordinal % 2 == 0
        return None

    def flatten(self, schema: Any, place: _Place) -> tuple[dict[str, Any], _Place]:
        """`schema` as one dict: its `$ref` resolved, its `allOf` merged in, and one branch of its
        `anyOf`/`oneOf` chosen and merged in. A `$ref` met again inside itself (a recursive schema)
        turns `minimal` on, so the recursion ends where the schema allows it to."""
        if schema is True or schema is None:
            return {}, place
        if schema is False:
            raise UnbuildableSchema("the schema `false` admits no value")
        if not isinstance(schema, Mapping):
            raise UnbuildableSchema(f"not a schema: {schema!r:.80}")
        flat = dict(schema)
        if "$ref" in flat:
            ref = str(flat.pop("$ref"))
            if len(place.refs) > _MAX_DEPTH:
                raise UnbuildableSchema(f"$ref {ref!r} refers to itself without end")
            inner = replace(place, minimal=place.minimal or ref in place.refs, refs=(*place.refs, ref))
            target, place = self.flatten(self.resolve(ref), inner)
            flat = _merged(target, flat)
        for member in flat.pop("allOf", None) or []:
            part, place = self.flatten(member, place)
            flat = _merged(flat, part)
        for keyword in ("anyOf", "oneOf"):
            branches = flat.pop(keyword, None)
            if branches:
                part, place = self.flatten(_branch(branches, place.minimal), place)
                flat = _merged(flat, part)
        return flat, place

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise UnbuildableSchema(f"$ref {ref!r}: only references within the schema (#/...) resolve")
        target = self.root
        for token in (unquote(ref[1:]).split("/")[1:]) if ref != "#" else []:
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(target, Mapping) and token in target:
                target = target[token]
            elif isinstance(target, list) and token.isdigit() and int(token) < len(target):
                target = target[int(token)]
            else:
                raise UnbuildableSchema(f"$ref {ref!r} does not resolve in the schema")
        return target

    def object(self, schema: dict[str, Any], place: _Place) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        required = [name for name in schema.get("required") or [] if isinstance(name, str)]
        extra = schema.get("additionalProperties", True)
        optional = [] if place.minimal else [name for name in properties if name not in required]
        room = schema.get("maxProperties")
        room = room if isinstance(room, int) else None
        if room is not None:
            optional = optional[: max(0, room - len(required))]
        names = [name for name in properties if name in required or name in optional]
        names += [name for name in required if name not in properties]
        wanted = int(schema.get("minProperties", 0))
        if isinstance(extra, Mapping) and not names and not place.minimal and _free_names(schema):
            wanted = max(wanted, 1 if room is None else min(1, room))  # a map: show one entry
        value = {}
        for name in names:
            sub = properties.get(name, extra if isinstance(extra, Mapping) else {})
            value[name] = self.build(sub, place.below())
        count = 0
        while len(value) < wanted:
            if extra is False:
                raise UnbuildableSchema("minProperties asks for more properties than the schema allows")
            name = "example" if count == 0 else f"example_{count + 1}"
            value[name] = self.build(extra, place.below(place.ordinal + count))
            count += 1
        return value

    def array(self, schema: dict[str, Any], place: _Place) -> list[Any]:
        items = schema.get("items")
        # 2020-12: prefixItems, then items for the rest; drafts 4-7: a list of items, then additionalItems.
        prefix = schema.get("prefixItems") or (items if isinstance(items, list) else [])
        rest = schema.get("additionalItems") if isinstance(items, list) else items
        least = int(schema.get("minItems", 0))
        count = least if place.minimal else max(least, 1, len(prefix))
        if rest is False:
            count = min(count, len(prefix))
        if isinstance(schema.get("maxItems"), int):
            count = min(count, schema["maxItems"])
        return [
            self.build(prefix[index] if index < len(prefix) else rest, place.below(place.ordinal + index))
            for index in range(count)
        ]


def _free_names(schema: Mapping[str, Any]) -> bool:
    """Whether any property name is allowed (no pattern or name schema says otherwise)."""
    return not schema.get("patternProperties") and not schema.get("propertyNames")


def _pick(values: list[Any], ordinal: int) -> Any:
    """The `ordinal`-th value, going round; a null only when there is nothing else."""
    chosen = [value for value in values if value is not None] or values
    return chosen[ordinal % len(chosen)]


def _branch(branches: list[Any], minimal: bool) -> Any:
    """The first branch that is not null; when building the least, a null branch if there is one."""
    nulls = [b for b in branches if isinstance(b, Mapping) and b.get("type") == "null"]
    others = [b for b in branches if b not in nulls]
    if minimal and nulls:
        return nulls[0]
    return (others or nulls)[0]


def _kind(schema: Mapping[str, Any], minimal: bool) -> str:
    types = schema.get("type")
    if isinstance(types, str):
        return types
    if isinstance(types, list) and types:
        not_null = [t for t in types if t != "null"]
        return "null" if (minimal and "null" in types) or not not_null else str(not_null[0])
    for kind, words in (
        ("object", _OBJECT_WORDS),
        ("array", _ARRAY_WORDS),
        ("string", _STRING_WORDS),
        ("number", _NUMBER_WORDS),
    ):
        if any(word in schema for word in words):
            return kind
    return "string"  # anything goes: a string reads best


def _merged(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Both schemas' constraints in one schema (the tighter bound, both sets of properties)."""
    merged = dict(base)
    for key, value in extra.items():
        if key not in merged:
            merged[key] = value
        elif key == "properties":
            merged[key] = {
                name: {"allOf": [merged[key][name], sub]} if name in merged[key] else sub
                for name, sub in {**merged[key], **value}.items()
            }
        elif key == "required":
            merged[key] = [*merged[key], *(name for name in value if name not in merged[key])]
        elif key == "type":
            merged[key] = _common_types(merged[key], value)
        elif key == "enum":
            merged[key] = [v for v in merged[key] if v in value]
        elif key in _LOWER_BOUNDS and not isinstance(value, bool):
            merged[key] = max(merged[key], value)
        elif key in _UPPER_BOUNDS and not isinstance(value, bool):
            merged[key] = min(merged[key], value)
        elif key == "items" and isinstance(value, Mapping) and isinstance(merged[key], Mapping):
            merged[key] = {"allOf": [merged[key], value]}
        else:
            merged[key] = value
    return merged


def _common_types(first: Any, second: Any) -> Any:
    one = first if isinstance(first, list) else [first]
    other = second if isinstance(second, list) else [second]
    common = [t for t in one if t in other or (t == "integer" and "number" in other)]
    common += [t for t in other if t == "integer" and "number" in one and t not in common]
    if not common:
        raise UnbuildableSchema(f"no value is both of type {first!r} and {second!r}")
    return common


def _string(schema: Mapping[str, Any], ordinal: int) -> str:
    suffix = "" if ordinal == 0 else str(ordinal + 1)
    template = _FORMATS.get(str(schema.get("format")))
    if template is not None:
        text = template.format(suffix=suffix, n=ordinal + 1, day=ordinal % 28 + 1)
    else:
        text = "example" if ordinal == 0 else f"example {ordinal + 1}"
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        fits = [
            candidate
            for candidate in (text, *_PATTERN_CANDIDATES)
            if _matches(pattern, candidate) and low <= len(candidate) <= (high if high is not None else 1e9)
        ]
        if not fits:
            raise UnbuildableSchema(
                f"no string this builder tries matches the pattern {pattern!r}: "
                "give the schema `examples` (or an `enum`, `const` or `default`)"
            )
        return fits[0]
    while len(text) < low:
        text += " example"
    return text[:high] if isinstance(high, int) else text


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:  # an ECMA-262 pattern Python does not read
        return False


def _bounds(schema: Mapping[str, Any]) -> tuple[float | None, bool, float | None, bool]:
    """(lower, lower is exclusive, upper, upper is exclusive), for drafts 4 (boolean) and 6+ (number)."""
    low, high = schema.get("minimum"), schema.get("maximum")
    exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    low_open, high_open = exclusive_low is True, exclusive_high is True
    if _is_number(exclusive_low) and (low is None or exclusive_low >= low):
        low, low_open = exclusive_low, True
    if _is_number(exclusive_high) and (high is None or exclusive_high <= high):
        high, high_open = exclusive_high, True
    return low, low_open, high, high_open


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _integer(schema: Mapping[str, Any], ordinal: int) -> int:
    low, low_open, high, high_open = _bounds(schema)
    least = None if low is None else (math.floor(low) + 1 if low_open else math.ceil(low))
    most = None if high is None else (math.ceil(high) - 1 if high_open else math.floor(high))
    start = least if least is not None else (min(1, most) if most is not None else 1)
    step = schema.get("multipleOf")
    step = int(step) if isinstance(step, int | float) and step >= 1 and float(step).is_integer() else 1
    first = -(-start // step) * step
    value = first + ordinal * step
    if most is not None and value > most:
        value = first
    if most is not None and value > most:
        raise UnbuildableSchema(f"no integer lies between {low} and {high} (multipleOf {step})")
    return value


def _number(schema: Mapping[str, Any], ordinal: int) -> float | int:
    low, low_open, high, high_open = _bounds(schema)
    if low is not None and high is not None:
        value = low + (high - low) * (ordinal + 1) / (ordinal + 2)
    elif low is not None:
        value = low + 1.5 + ordinal
    elif high is not None:
        value = min(1.5 + ordinal, high - 1)
    else:
        value = 1.5 + ordinal
    step = schema.get("multipleOf")
    if not _is_number(step) or step <= 0:
        return value
    for count in range(math.floor(value / step), math.floor(value / step) + 1000):
        candidate = round(count * step, 12)
        if isinstance(step, int) or (candidate / step).is_integer():
            if _within(candidate, low, low_open, high, high_open):
                return candidate
            if high is not None and candidate > high:
                break
    raise UnbuildableSchema(f"no multiple of {step} lies between {low} and {high}")


def _within(value: float, low: float | None, low_open: bool, high: float | None, high_open: bool) -> bool:
    above = low is None or (value > low if low_open else value >= low)
    below = high is None or (value < high if high_open else value <= high)
    return above and below
