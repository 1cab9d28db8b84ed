"""A fast acceptance check for request bodies, derived from the generated models, and the
explanation of a refusal (``TypeError`` naming the argument, before any request).

``body_check(Model)`` compiles, once per model class, a predicate ``check(data) -> bool`` from the
model's attrs fields and annotations (required keys, nested models, lists, unions, the values of
``Literal`` enums, the type of ``additional_properties``). It answers ``True`` only when

* the generated ``Model.from_dict(data)`` would accept ``data`` (its checks are: required keys
  present, enum values known, nested objects and lists of the right shape),
* ``data`` is plain JSON (``dict``/``list``/``str``/``int``/``float``/``bool``/``None``), so it can
  be sent as is, and
* every value has its annotated type: ``str``, ``int`` (not ``bool``), ``float`` (``int`` too, not
  ``bool``), ``bool``; ``None`` only where the annotation admits it; no keys a closed model (one
  without ``additional_properties``, i.e. ``additionalProperties: false``) does not declare. The
  generated ``from_dict`` checks none of these, so the check is the only guard against sending them.

``explain(Model, data)`` says why a body the check refused is wrong: the first mismatch, with its
path (``argument 'messages[0].role' must be one of ..., not 'robot'``). It is compiled in the same
pass as the check (each compiled predicate registers its explainer in ``_EXPLAIN``), so the two
cannot disagree about a shape. Where the check only doubts (dates, files, annotations it cannot
evaluate, non-JSON values for ``Any``) ``explain`` answers ``None`` and the caller runs the full
generated ``from_dict``, which accepts the data or raises its own error. So nothing ``from_dict``
rejects is ever accepted, and the fast path for a valid body is one predicate call.

Nothing here declares a field; everything is read from the generated classes.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from ._views import is_model, json_keys, model_fields, resolve_annotation, union_members

__all__ = ["body_check", "explain", "is_json"]

Check = Callable[[Any], bool]
# (value, path) -> "argument 'path' must be ..." for a value its check refused; None when unsure.
Explain = Callable[[Any, str], "str | None"]

_EXPLAIN: dict[Check, Explain] = {}


def _explained(check: Check, why: Explain) -> Check:
    _EXPLAIN[check] = why
    return check


def _why(check: Check, value: Any, path: str) -> str | None:
    why = _EXPLAIN.get(check)
    return why(value, path) if why is not None else None


def _first(found: typing.Iterable[str | None]) -> str | None:
    return next((reason for reason in found if reason is not None), None)


def _type_name(value: Any) -> str:
    return "None" if value is None else type(value).__name__


def _mismatch(path: str, expected: str, value: Any, *, show_value: bool = False) -> str:
    got = repr(value) if show_value and isinstance(value, _JSON_SCALARS) else _type_name(value)
    return f"argument {path!r} must be {expected}, not {got}"


_JSON_SCALARS = (str, int, float, bool)


def is_json(value: Any) -> bool:
    """Plain JSON data: dicts with ``str`` keys, lists, strings, numbers, booleans and ``None``."""
    cls = value.__class__
    if cls is dict:
        return all(key.__class__ is str for key in value) and all(map(is_json, value.values()))
    if cls is list:
        return all(map(is_json, value))
    return value is None or isinstance(value, _JSON_SCALARS)


def _never(value: Any) -> bool:
    return False


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _is_int(value: Any) -> bool:
    # bool is an int subclass, but JSON true is not an integer.
    return isinstance(value, int) and value.__class__ is not bool


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and value.__class__ is not bool


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_dict(value: Any) -> bool:
    return value.__class__ is dict and is_json(value)


def _expects(check: Check, expected: str) -> None:
    _explained(check, lambda value, path: _mismatch(path, expected, value))


_expects(_is_str, "str")
_expects(_is_int, "int")
_expects(_is_number, "int or float")
_expects(_is_bool, "bool")
# A dict that is not plain JSON (or Any that is not JSON) may still be what from_dict wants: unsure.
_explained(
    _is_dict, lambda value, path: None if value.__class__ is dict else _mismatch(path, "a dict", value)
)


_SCALAR_CHECKS: dict[Any, Check] = {
    str: _is_str,
    int: _is_int,
    float: _is_number,
    bool: _is_bool,
    Any: is_json,
    object: is_json,
}


def _check_for(tp: Any) -> Check:
    """The predicate for values of annotation ``tp`` (already resolved)."""
    nullable = typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in typing.get_args(tp)
    members = union_members(tp)
    if len(members) == 1:
        check = _member_check(members[0])
    elif not members:
        check = _never
    else:
        check = _union_check([_member_check(m) for m in members], members)
    if nullable:
        inner = check
        return _explained(lambda value: value is None or inner(value), lambda v, p: _why(inner, v, p))
    return check


def _member_check(tp: Any) -> Check:
    scalar = _SCALAR_CHECKS.get(tp)
    if scalar is not None:
        return scalar
    if is_model(tp):
        return _lazy_model_check(tp)
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        allowed = frozenset(typing.get_args(tp))
        expected = "one of " + ", ".join(sorted(map(repr, allowed)))
        return _explained(
            lambda value: isinstance(value, _JSON_SCALARS) and value in allowed,
            lambda value, path: _mismatch(path, expected, value, show_value=True),
        )
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        return _list_check(_check_for(item_type))
    if origin is dict:
        args = typing.get_args(tp)
        return _dict_check(_check_for(args[1]) if len(args) == 2 else is_json)
    if tp is dict:
        return _is_dict
    if tp is list:
        return _list_check(is_json)
    # datetime / date (parsed by from_dict), File, anything unexpected: let from_dict decide.
    return _never


def _list_check(item: Check) -> Check:
    def why(value: Any, path: str) -> str | None:
        if value.__class__ is not list:
            return _mismatch(path, "a list", value)
        return _first(_why(item, v, f"{path}[{i}]") for i, v in enumerate(value) if not item(v))

    return _explained(lambda value: value.__class__ is list and all(map(item, value)), why)


def _dict_check(value_check: Check) -> Check:
    def check(value: Any) -> bool:
        return (
            value.__class__ is dict
            and all(k.__class__ is str for k in value)
            and all(map(value_check, value.values()))
        )

    def why(value: Any, path: str) -> str | None:
        if value.__class__ is not dict:
            return _mismatch(path, "a dict", value)
        bad_key = next((k for k in value if k.__class__ is not str), None)
        if bad_key is not None:
            return f"argument {path!r} has a key that is not a str: {bad_key!r}"
        return _first(_why(value_check, v, f"{path}.{k}") for k, v in value.items() if not value_check(v))

    return _explained(check, why)


_KINDS: dict[type, str] = {str: "str", bool: "bool", int: "int", float: "float", list: "list", dict: "dict"}


def _kinds(tp: Any) -> frozenset[str] | None:
    """The JSON kinds of value annotation member ``tp`` admits (``None``: any, or unknown)."""
    if tp in _KINDS:
        return frozenset({"int", "float"}) if tp is float else frozenset({_KINDS[tp]})
    if is_model(tp):
        return frozenset({"dict"})
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return frozenset(_KINDS.get(type(v), "?") for v in typing.get_args(tp))
    if origin in (list, dict):
        return frozenset({_KINDS[origin]})
    return None


def _describe(tp: Any) -> str:
    if tp in _KINDS:
        return _KINDS[tp]
    if is_model(tp) or tp is dict or typing.get_origin(tp) is dict:
        return "a dict"
    if tp is list or typing.get_origin(tp) is list:
        return "a list"
    if typing.get_origin(tp) is typing.Literal:
        return "one of " + ", ".join(sorted(map(repr, typing.get_args(tp))))
    return str(tp)


def _union_why(checks: list[Check], members: tuple[Any, ...]) -> Explain:
    kinds = [_kinds(m) for m in members]
    expected = " or ".join(dict.fromkeys(_describe(m) for m in members))

    def why(value: Any, path: str) -> str | None:
        if any(k is None for k in kinds) or any(c is _never for c in checks):
            return None  # a member only from_dict can judge
        kind = "int" if value.__class__ is not bool and isinstance(value, int) else _KINDS.get(type(value))
        candidates = [c for c, k in zip(checks, kinds, strict=True) if kind in typing.cast(frozenset[str], k)]
        if len(candidates) == 1:
            return _why(candidates[0], value, path)
        if not candidates:
            return _mismatch(path, expected, value)
        reasons = [_why(c, value, path) for c in candidates]
        if any(r is None for r in reasons):
            return None
        return f"argument {path!r} matches none of its accepted forms (" + "; ".join(map(str, reasons)) + ")"

    return why


def _const_fields(model: type) -> dict[str, object]:
    """JSON key -> value of the single-value ``Literal`` fields of ``model`` (e.g. ``role``)."""
    keys = json_keys(model)
    consts: dict[str, object] = {}
    for f in model_fields(model):
        members = union_members(resolve_annotation(model, f.type))
        if (
            len(members) == 1
            and typing.get_origin(members[0]) is typing.Literal
            and len(typing.get_args(members[0])) == 1
        ):
            consts[keys[f.name]] = typing.get_args(members[0])[0]
    return consts


def _union_check(checks: list[Check], members: tuple[Any, ...]) -> Check:
    # The generated parser tries the members in turn and keeps the first that parses, so the
    # union accepts a value as soon as one member would.
    models = [m for m in members if is_model(m)]
    if len(models) == len(members) > 1:
        # A tagged union (e.g. chat messages by "role"): every member has a distinct constant
        # under the same key, so the tag picks the one member that can accept the value.
        tags = [_const_fields(m) for m in models]
        common = set.intersection(*(set(t) for t in tags))
        for key in sorted(common):
            values = [t[key] for t in tags]
            if all(v.__class__ is str for v in values) and len(set(values)) == len(values):
                return _tagged_check(key, dict(zip(values, checks, strict=True)), checks, members)
    return _explained(lambda value: any(check(value) for check in checks), _union_why(checks, members))


def _tagged_check(key: str, by_tag: dict[Any, Check], checks: list[Check], members: tuple[Any, ...]) -> Check:
    def tagged(value: Any) -> bool:
        if value.__class__ is dict:
            tag = value.get(key)
            if tag.__class__ is str:
                check = by_tag.get(tag)
                return check is not None and check(value)
        return any(check(value) for check in checks)

    untagged = _union_why(checks, members)
    allowed = "one of " + ", ".join(sorted(map(repr, by_tag)))

    def why(value: Any, path: str) -> str | None:
        tag = value.get(key) if value.__class__ is dict else None
        if tag.__class__ is not str:
            return untagged(value, path)
        check = by_tag.get(tag)
        if check is None:
            return _mismatch(f"{path}.{key}", allowed, tag, show_value=True)
        return _why(check, value, path)

    return _explained(tagged, why)


_MODEL_CHECKS: dict[type, Check] = {}


def _lazy_model_check(model: type) -> Check:
    # Resolved on first call: models may refer to themselves or to each other.
    resolved: list[Check] = []

    def check(value: Any) -> bool:
        if not resolved:
            real = body_check(model)
            if real is _never:  # still being compiled (a recursive reference)
                return False
            resolved.append(real)
        return resolved[0](value)

    return _explained(check, lambda value, path: _why(body_check(model), value, path))


def body_check(model: type) -> Check:
    """The compiled acceptance predicate of generated ``model`` (cached per class)."""
    cached = _MODEL_CHECKS.get(model)
    if cached is not None:
        return cached
    _MODEL_CHECKS[model] = _never  # a recursive reference met while compiling answers "unsure"
    keys = json_keys(model)
    fields: dict[str, Check] = {}
    required: list[str] = []
    for f in model_fields(model):
        try:
            fields[keys[f.name]] = _check_for(resolve_annotation(model, f.type))
        except Exception:  # an annotation we cannot evaluate: the generated parser decides
            fields[keys[f.name]] = _never
        if f.default is attrs.NOTHING:
            required.append(keys[f.name])
    # No ``additional_properties`` bag: the schema is closed (``additionalProperties: false``).
    extra: Check | None = None
    bag = next((f for f in attrs.fields(model) if f.name == "additional_properties"), None)
    if bag is not None:
        try:
            extra = _check_for(typing.get_args(resolve_annotation(model, bag.type))[1])
        except Exception:
            extra = _never
    required_keys = frozenset(required)
    get = fields.get

    def check(value: Any) -> bool:
        if value.__class__ is not dict or not required_keys <= value.keys():
            return False
        for key, item in value.items():
            field_check = get(key)
            if field_check is None:
                if extra is None or key.__class__ is not str or not extra(item):
                    return False
            elif not field_check(item):
                return False
        return True

    def why(value: Any, path: str) -> str | None:
        if value.__class__ is not dict:
            return _mismatch(path, "a dict", value)
        missing = [key for key in required if key not in value]
        if missing:
            return f"argument {path!r} is missing required key(s) {', '.join(map(repr, missing))}"
        for key, item in value.items():
            field_check = get(key)
            inner = f"{path}.{key}" if path else str(key)
            if field_check is None:
                if extra is None:
                    return (
                        f"argument {path!r} has an unexpected key {key!r}; "
                        f"valid keys: {', '.join(sorted(fields))}"
                    )
                if key.__class__ is not str:
                    return f"argument {path!r} has a key that is not a str: {key!r}"
                if not extra(item) and (reason := _why(extra, item, inner)) is not None:
                    return reason
            elif not field_check(item) and (reason := _why(field_check, item, inner)) is not None:
                return reason
        return None

    _MODEL_CHECKS[model] = _explained(check, why)
    return check


def explain(model: type, data: Any) -> str | None:
    """Why ``body_check(model)`` refuses ``data``: the first mismatch, naming its path (top-level
    keys bare: ``argument 'model' must be str, not int``), or ``None`` when only the generated
    ``from_dict`` can judge (dates, files, unknown annotations, values that are not JSON)."""
    return _why(body_check(model), data, "")
