"""Check request bodies against the request schemas of the operation table, before any I/O.

``Validator(schemas).check(schema)`` compiles, once per schema node, a predicate ``check(value) ->
bool`` and registers beside it an explanation ``why(value, path) -> str``, so the two cannot
disagree about a shape. The fast path for a valid body is one predicate call; only a refused
body is explained: the first mismatch with its path and, for a misspelt value or key, the closest
valid one (``argument 'messages[0].role' must be one of 'assistant', ..., not 'usr'; did you mean
'user'?``, ``argument 'messages[0]' has an unexpected key 'rol'; did you mean 'role'?``).

What is checked is what the spec states and a client can know before sending: JSON types
(``int`` is not ``bool``; ``float`` accepts ``int``), ``enum`` values, ``nullable``, required keys,
closed objects (``additionalProperties: false``: an unknown key is refused, with the valid ones),
items, unions (``anyOf``/``oneOf``: a tag such as ``role`` picks the member to explain) and
``allOf``, files where the spec says ``format: binary``. Bounds and patterns are left to the
server. Values are plain JSON here (the caller converts models and tuples first), except files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["Validator", "is_file_input", "is_json"]

Check = Callable[[Any], bool]
Explain = Callable[[Any, str], str]

_SCALARS = (str, int, float, bool)


def is_json(value: Any) -> bool:
    """Plain JSON data: dicts with ``str`` keys, lists, strings, numbers, booleans and ``None``."""
    cls = value.__class__
    if cls is dict:
        return all(key.__class__ is str for key in value) and all(map(is_json, value.values()))
    if cls is list:
        return all(map(is_json, value))
    return value is None or isinstance(value, _SCALARS)


def is_file_input(value: Any) -> bool:
    """One file as a form part may carry it: bytes, a path, a binary file object, a generated
    ``File`` or a ``(filename, content[, mime])`` tuple (a ``str`` is never one: it may be a URL)."""
    if isinstance(value, tuple):
        return (
            2 <= len(value) <= 3
            and isinstance(value[0], str)
            and (isinstance(value[1], (bytes, bytearray)) or hasattr(value[1], "read"))
        )
    return (
        isinstance(value, (bytes, bytearray, os.PathLike))
        or hasattr(value, "read")
        or _is_generated_file(value)
    )


def _is_generated_file(value: Any) -> bool:
    return type(value).__name__ == "File" and hasattr(value, "to_tuple")


def _type_name(value: Any) -> str:
    return "None" if value is None else type(value).__name__


def _mismatch(path: str, expected: str, value: Any, *, show_value: bool = False) -> str:
    got = repr(value) if show_value and isinstance(value, _SCALARS) else _type_name(value)
    return f"argument {path!r} must be {expected}, not {got}"


def _closest(value: Any, options: Iterable[Any]) -> str | None:
    """The option a misspelt string was most likely meant to be (difflib), if one is close."""
    if value.__class__ is not str:
        return None
    import difflib  # on the error path only

    close = difflib.get_close_matches(value, [o for o in options if o.__class__ is str], n=1)
    return close[0] if close else None


def _did_you_mean(value: Any, options: Iterable[Any]) -> str:
    close = _closest(value, options)
    return f"; did you mean {close!r}?" if close is not None else ""


def _unexpected_key(path: str, key: Any, valid: Iterable[str]) -> str:
    valid = sorted(valid)
    return (
        f"argument {path!r} has an unexpected key {key!r}{_did_you_mean(key, valid)} "
        f"(valid keys: {', '.join(valid)})"
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and value.__class__ is not bool


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and value.__class__ is not bool


_TYPES: dict[str, tuple[Check, str]] = {
    "string": (lambda v: isinstance(v, str), "str"),
    "integer": (_is_int, "int"),
    "number": (_is_number, "int or float"),
    "boolean": (lambda v: isinstance(v, bool), "bool"),
}


_TYPE_KINDS: dict[str, frozenset[str]] = {
    "string": frozenset({"str"}),
    "integer": frozenset({"int"}),
    "number": frozenset({"int", "float"}),
    "boolean": frozenset({"bool"}),
    "array": frozenset({"list"}),
    "object": frozenset({"dict"}),
}
_KIND_NAMES = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "list": "a list",
    "dict": "a dict",
}


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    return {float: "float", str: "str", list: "list", dict: "dict"}.get(type(value), type(value).__name__)


class Validator:
    """Compiles the request schemas of one table (``schemas``: the ``$ref`` targets by name)."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self._schemas = schemas
        self._named: dict[str, Check] = {}
        self._compiled: dict[int, Check] = {}
        self._why: dict[Check, Explain] = {}

    # -- public ---------------------------------------------------------------------------------

    def check(self, schema: Mapping[str, Any]) -> Check:
        """The predicate of ``schema`` (cached per schema node)."""
        key = id(schema)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = self._compile(schema)
        return found

    def explain(self, schema: Mapping[str, Any], value: Any, path: str = "") -> str:
        """Why ``value`` does not fit ``schema`` (its check returned ``False``)."""
        return self.why(self.check(schema), value, path)

    def why(self, check: Check, value: Any, path: str) -> str:
        explain = self._why.get(check)
        return explain(value, path) if explain else f"argument {path!r} is not valid"

    def properties(self, schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str], Any]:
        """Properties, required keys and ``additionalProperties`` of an object schema
        (references followed, ``allOf`` merged)."""
        schema = self._deref(schema)
        properties: dict[str, Any] = {}
        required: set[str] = set()
        extra: Any = schema.get("additionalProperties")
        for member in schema.get("allOf") or ():
            inner, inner_required, inner_extra = self.properties(member)
            properties.update(inner)
            required |= inner_required
            extra = inner_extra if extra is None else extra
        properties.update(schema.get("properties") or {})
        required |= set(schema.get("required") or ())
        return properties, required, extra

    # -- compilation ----------------------------------------------------------------------------

    def _explained(self, check: Check, why: Explain) -> Check:
        self._why[check] = why
        return check

    def _deref(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        for _ in range(20):
            if "$ref" not in schema:
                break
            schema = self._schemas[schema["$ref"]]
        return schema

    def _compile(self, schema: Mapping[str, Any]) -> Check:
        if "$ref" in schema:
            return self._reference(schema["$ref"])
        check = self._bare(schema)
        if schema.get("nullable") or None in (schema.get("enum") or ()):
            inner = check
            return self._explained(lambda v: v is None or inner(v), lambda v, p: self.why(inner, v, p))
        return check

    def _reference(self, name: str) -> Check:
        # Resolved on first call: schemas may refer to themselves.
        resolved: list[Check] = []

        def target() -> Check:
            if not resolved:
                resolved.append(self.check(self._schemas[name]))
            return resolved[0]

        return self._explained(lambda v: target()(v), lambda v, p: self.why(target(), v, p))

    def _bare(self, schema: Mapping[str, Any]) -> Check:
        if "enum" in schema:
            return self._enum([v for v in schema["enum"] if v is not None])
        members = schema.get("anyOf") or schema.get("oneOf")
        if members:
            return self._union([self.check(m) for m in members], members)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema or (schema.get("allOf") and kind is None):
            if "properties" in schema or schema.get("allOf"):
                return self._object(schema)
            return self._map(schema.get("additionalProperties"))
        if kind == "array":
            return self._list(self.check(schema.get("items") or {}))
        if kind == "string" and schema.get("format") == "binary":
            return self._explained(
                is_file_input, lambda v, p: _mismatch(p, "a file (bytes, a path, a file)", v)
            )
        if kind == "string" and schema.get("format") in ("date-time", "date"):
            # A datetime/date argument is converted to its ISO text before the body is checked.
            return self._explained(
                lambda v: isinstance(v, str), lambda v, p: _mismatch(p, "str or datetime", v)
            )
        if kind in _TYPES:
            check, expected = _TYPES[kind]
            return self._explained(check, lambda v, p: _mismatch(p, expected, v))
        return self._explained(is_json, lambda v, p: f"argument {p!r} must be JSON data, not {_type_name(v)}")

    def _enum(self, values: list[Any]) -> Check:
        allowed = frozenset(values)
        takes_bool = any(isinstance(a, bool) for a in allowed)  # else True would pass for 1
        expected = "one of " + ", ".join(sorted(map(repr, allowed)))
        return self._explained(
            lambda v: isinstance(v, _SCALARS) and (takes_bool or v.__class__ is not bool) and v in allowed,
            lambda v, p: _mismatch(p, expected, v, show_value=True) + _did_you_mean(v, allowed),
        )

    def _list(self, item: Check) -> Check:
        def why(value: Any, path: str) -> str:
            if value.__class__ is not list:
                return _mismatch(path, "a list", value)
            index = next(i for i, v in enumerate(value) if not item(v))
            return self.why(item, value[index], f"{path}[{index}]")

        return self._explained(lambda v: v.__class__ is list and all(map(item, v)), why)

    def _map(self, extra: Any) -> Check:
        value_check = self.check(extra) if isinstance(extra, dict) and extra else is_json

        def check(value: Any) -> bool:
            return (
                value.__class__ is dict
                and all(k.__class__ is str for k in value)
                and all(map(value_check, value.values()))
            )

        def why(value: Any, path: str) -> str:
            if value.__class__ is not dict:
                return _mismatch(path, "a dict", value)
            bad = next((k for k in value if k.__class__ is not str), None)
            if bad is not None:
                return f"argument {path!r} has a key that is not a str: {bad!r}"
            key = next(k for k, v in value.items() if not value_check(v))
            return self.why(value_check, value[key], f"{path}.{key}")

        return self._explained(check, why)

    def _object(self, schema: Mapping[str, Any]) -> Check:
        properties, required, extra = self.properties(schema)
        fields = {key: self.check(prop) for key, prop in properties.items()}
        extra_check: Check | None = None
        if extra is not False:
            extra_check = self.check(extra) if isinstance(extra, dict) and extra else is_json
        required_keys = frozenset(required)
        get = fields.get

        def check(value: Any) -> bool:
            if value.__class__ is not dict or not required_keys <= value.keys():
                return False
            for key, item in value.items():
                field_check = get(key)
                if field_check is None:
                    if extra_check is None or key.__class__ is not str or not extra_check(item):
                        return False
                elif not field_check(item):
                    return False
            return True

        def why(value: Any, path: str) -> str:
            if value.__class__ is not dict:
                return _mismatch(path, "a dict", value)
            missing = sorted(key for key in required_keys if key not in value)
            for key in value:  # a misspelt required key explains why it is missing
                if key not in fields and _closest(key, missing) is not None:
                    return _unexpected_key(path, key, fields)
            if missing:
                return f"argument {path!r} is missing required key(s) {', '.join(map(repr, missing))}"
            for key, item in value.items():
                inner = f"{path}.{key}" if path else str(key)
                field_check = get(key)
                if field_check is None:
                    if extra_check is None:
                        return _unexpected_key(path, key, fields)
                    if key.__class__ is not str:
                        return f"argument {path!r} has a key that is not a str: {key!r}"
                    if not extra_check(item):
                        return self.why(extra_check, item, inner)
                elif not field_check(item):
                    return self.why(field_check, item, inner)
            return f"argument {path!r} is not valid"

        return self._explained(check, why)

    def _union(self, checks: list[Check], members: list[Any]) -> Check:
        tag = self._tag(members)
        if tag is not None:
            key, by_value = tag
            by_tag = {value: checks[index] for value, index in by_value.items()}

            def tagged(value: Any) -> bool:
                if value.__class__ is dict:
                    tag_value = value.get(key)
                    found = by_tag.get(tag_value) if tag_value.__class__ is str else None
                    if found is not None:
                        return found(value)
                return any(check(value) for check in checks)

            allowed = "one of " + ", ".join(sorted(map(repr, by_tag)))

            def why_tagged(value: Any, path: str) -> str:
                found = value.get(key) if value.__class__ is dict else None
                if found.__class__ is str and found in by_tag:
                    return self.why(by_tag[found], value, path)
                if found.__class__ is str:
                    return _mismatch(f"{path}.{key}", allowed, found, show_value=True) + _did_you_mean(
                        found, by_tag
                    )
                misspelt = (
                    next((k for k in value if _closest(k, [key]) is not None), None)
                    if value.__class__ is dict and key not in value
                    else None
                )
                if misspelt is not None:  # {"rol": "user"}: the tag's key itself is misspelt
                    return f"argument {path!r} has an unexpected key {misspelt!r}; did you mean {key!r}?"
                return self._union_why(checks, members, value, path)

            return self._explained(tagged, why_tagged)
        return self._explained(
            lambda v: any(check(v) for check in checks), lambda v, p: self._union_why(checks, members, v, p)
        )

    def _tag(self, members: list[Any]) -> tuple[str, dict[str, int]] | None:
        """A key every member fixes to a distinct string (chat messages by ``role``), if any."""
        consts: list[dict[str, str]] = []
        for member in members:
            properties, _, _ = self.properties(member)
            fixed = {}
            for key, prop in properties.items():
                values = self._deref(prop).get("enum") or []
                if len(values) == 1 and isinstance(values[0], str):
                    fixed[key] = values[0]
            consts.append(fixed)
        if len(members) < 2 or not all(consts):
            return None
        for key in sorted(set.intersection(*(set(c) for c in consts))):
            values = [c[key] for c in consts]
            if len(set(values)) == len(values):
                return key, {value: index for index, value in enumerate(values)}
        return None

    def _union_why(self, checks: list[Check], members: list[Any], value: Any, path: str) -> str:
        """Explain with the members that take values of this JSON kind; if none does, say which
        kinds the union takes."""
        kinds = [self._kinds(m) for m in members]
        kind = _kind_of(value)
        candidates = [c for c, k in zip(checks, kinds, strict=True) if k is None or kind in k]
        if not candidates:
            expected = " or ".join(sorted({_KIND_NAMES[k] for found in kinds if found for k in found}))
            return _mismatch(path, expected, value)
        reasons = list(dict.fromkeys(self.why(check, value, path) for check in candidates))
        if len(reasons) == 1:
            return reasons[0]
        return f"argument {path!r} matches none of its accepted forms (" + "; ".join(reasons) + ")"

    def _kinds(self, schema: Mapping[str, Any]) -> frozenset[str] | None:
        """The JSON kinds a schema admits (``None``: any)."""
        schema = self._deref(schema)
        if "enum" in schema:
            return frozenset(_kind_of(v) for v in schema["enum"])
        members = schema.get("anyOf") or schema.get("oneOf")
        if members:
            found = [self._kinds(m) for m in members]
            return None if any(k is None for k in found) else frozenset().union(*found)  # type: ignore[arg-type]
        kind = schema.get("type")
        if kind == "object" or "properties" in schema or schema.get("allOf"):
            return frozenset({"dict"})
        if kind == "string" and schema.get("format") == "binary":
            return None
        return _TYPE_KINDS.get(str(kind))
