"""A fast acceptance check for plain-JSON request bodies, derived from the generated models.

``body_check(Model)`` compiles, once per model class, a predicate ``check(data) -> bool`` from the
model's attrs fields and annotations (required keys, nested models, lists, unions, the values of
``Literal`` enums, the type of ``additional_properties``). It answers ``True`` only when

* the generated ``Model.from_dict(data)`` would accept ``data`` (its checks are: required keys
  present, enum values known, nested objects and lists of the right shape), and
* ``data`` is plain JSON (``dict``/``list``/``str``/``int``/``float``/``bool``/``None``), so it can
  be sent as is.

Anything it does not recognise, or any doubt, answers ``False``; the caller then runs the full
generated ``from_dict``, which either accepts the data or raises the precise error. So this module
only changes how fast a valid body is accepted, never what is accepted or how errors read.

Nothing here declares a field; everything is read from the generated classes.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from ._views import is_model, json_keys, model_fields, resolve_annotation, union_members

__all__ = ["body_check", "is_json"]

Check = Callable[[Any], bool]

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
    return isinstance(value, int)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float))


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_dict(value: Any) -> bool:
    return value.__class__ is dict and is_json(value)


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
        return lambda value: value is None or inner(value)
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
        return lambda value: isinstance(value, _JSON_SCALARS) and value in allowed
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        item = _check_for(item_type)
        return lambda value: value.__class__ is list and all(map(item, value))
    if origin is dict:
        args = typing.get_args(tp)
        value_check = _check_for(args[1]) if len(args) == 2 else is_json
        return lambda value: (
            value.__class__ is dict
            and all(k.__class__ is str for k in value)
            and all(map(value_check, value.values()))
        )
    if tp is dict:
        return _is_dict
    if tp is list:
        return lambda value: value.__class__ is list and is_json(value)
    # datetime / date (parsed by from_dict), File, anything unexpected: let from_dict decide.
    return _never


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
                by_tag = dict(zip(values, checks, strict=True))

                def tagged(value: Any, key: str = key, by_tag: dict[Any, Check] = by_tag) -> bool:
                    if value.__class__ is dict:
                        tag = value.get(key)
                        if tag.__class__ is str:
                            check = by_tag.get(tag)
                            return check is not None and check(value)
                    return any(check(value) for check in checks)

                return tagged
    return lambda value: any(check(value) for check in checks)


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

    return check


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
    extra: Check = is_json
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
                if key.__class__ is not str or not extra(item):
                    return False
            elif not field_check(item):
                return False
        return True

    _MODEL_CHECKS[model] = check
    return check
