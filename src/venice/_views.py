"""Typed, lazy, forward-compatible views of API responses, derived from the generated models.

``view(Model, data)`` returns an instance of a subclass of the generated attrs ``Model`` that keeps
the decoded JSON dict and converts a field only when it is read. So:

* the static type and ``isinstance`` are the generated model's (IDE completion comes from it);
* construction costs one object allocation, cheap enough for every SSE chunk;
* unknown fields stay reachable (``additional_properties``, ``v["key"]``, attribute access) and
  unknown enum values pass through as strings, where the generated ``from_dict`` would raise;
* ``to_dict()`` returns the data exactly as received, ``to_model()`` the strict generated object.

Field names, JSON keys and field types are read from the generated classes themselves (attrs
fields, their annotations, and the keys their ``to_dict`` writes); nothing here declares a field.
This module must not import any generated module at import time.
"""

from __future__ import annotations

import ast
import builtins
import datetime
import functools
import importlib
import importlib.util
import inspect
import re
import textwrap
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import attrs

__all__ = ["GenericView", "view", "view_class"]

_M = TypeVar("_M")
Converter = Callable[[Any], Any]

_MODELS_PACKAGE = "venice_api.models"


class GenericView:
    """Attribute access over a JSON object no generated model describes (e.g. a new field)."""

    __slots__ = ("_raw",)

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self._raw = raw

    def __getattr__(self, name: str) -> Any:
        try:
            return wrap_unknown(self._raw[name])
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, key: str) -> Any:
        return self._raw[key]

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def get(self, key: str, default: Any = None) -> Any:
        return self._raw.get(key, default)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._raw)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, GenericView):
            return self._raw == other._raw
        return self._raw == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"GenericView({self._raw!r})"


def wrap_unknown(value: Any) -> Any:
    """Wrap data of unknown shape so nested attribute access keeps working."""
    if isinstance(value, dict):
        return GenericView(value)
    if isinstance(value, list):
        return [wrap_unknown(item) for item in value]
    return value


# ----------------------------------------------------------------------------------------------
# Reading the generated classes
# ----------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _model_index() -> dict[str, str]:
    """Class name -> module name of every generated model, read from ``models/__init__.py`` text
    (one file read, no imports: importing every model would cost hundreds of milliseconds)."""
    package = importlib.util.find_spec(_MODELS_PACKAGE)
    if package is None or package.origin is None:
        return {}
    text = Path(package.origin).read_text(encoding="utf-8")
    index: dict[str, str] = {}
    for module, grouped, single in re.findall(r"from \.(\w+) import (?:\(([^)]*)\)|([\w, ]+))", text):
        for name in (grouped or single).split(","):
            if name.strip():
                index[name.strip()] = module
    return index


class _LazyNamespace(Mapping[str, Any]):
    """Names visible to a generated module, importing a sibling model module only when needed."""

    def __init__(self, module: types.ModuleType) -> None:
        self._globals = vars(module)

    def __getitem__(self, name: str) -> Any:
        if name in self._globals:
            return self._globals[name]
        module = _model_index().get(name)
        if module is None:
            raise KeyError(name)
        return getattr(importlib.import_module(f"{_MODELS_PACKAGE}.{module}"), name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._globals)

    def __len__(self) -> int:
        return len(self._globals)


def resolve_annotation(owner: type, annotation: Any) -> Any:
    """Evaluate a (string) annotation of a generated class in its module's namespace."""
    if not isinstance(annotation, str):
        return annotation
    module = importlib.import_module(owner.__module__)
    return eval(annotation, {"__builtins__": builtins}, _LazyNamespace(module))


@functools.cache
def json_keys(model: type) -> dict[str, str]:
    """Attribute name -> JSON key, read from the keys the generated ``to_dict`` writes."""
    keys: dict[str, str] = {}
    try:
        source = textwrap.dedent(inspect.getsource(model.to_dict))  # type: ignore[attr-defined]
    except (OSError, TypeError, AttributeError):
        source = ""
    for node in ast.walk(ast.parse(source)) if source else ():
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "update"
            and node.args
            and isinstance(node.args[0], ast.Dict)
        ):
            for key, value in zip(node.args[0].keys, node.args[0].values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and isinstance(key.value, str)
                    and isinstance(value, ast.Name)
                ):
                    keys[value.id] = key.value
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Subscript)
            and isinstance(node.targets[0].slice, ast.Constant)
            and isinstance(node.targets[0].slice.value, str)
            and isinstance(node.value, ast.Name)
        ):
            keys[node.value.id] = node.targets[0].slice.value
    return {f.name: keys.get(f.name, f.name) for f in model_fields(model)}


def model_fields(model: type) -> tuple[attrs.Attribute[Any], ...]:
    """The attrs fields of a generated model, without the ``additional_properties`` bag."""
    return tuple(f for f in attrs.fields(model) if f.name != "additional_properties")


def is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


def is_file_type(tp: Any) -> bool:
    """The generated `venice_api.types.File` (a file upload or download)."""
    return isinstance(tp, type) and tp.__name__ == "File" and tp.__module__.endswith(".types")


def union_members(tp: Any) -> tuple[Any, ...]:
    """Members of a union annotation without ``Unset`` and ``None``; ``(tp,)`` for non-unions."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return tuple(
            m for m in typing.get_args(tp) if m is not type(None) and getattr(m, "__name__", "") != "Unset"
        )
    return (tp,)


# ----------------------------------------------------------------------------------------------
# Converters: annotation -> function turning raw JSON into a view (None when raw is already right)
# ----------------------------------------------------------------------------------------------


def _parse_datetime(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def _parse_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def converter_for(tp: Any) -> Converter | None:
    """A converter for raw JSON of annotation ``tp``; ``None`` when no conversion is needed."""
    members = union_members(tp)
    if len(members) > 1:
        return _union_converter(members)
    if not members:
        return None
    tp = members[0]
    if is_model(tp):
        return view_factory(tp)
    origin = typing.get_origin(tp)
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        item = converter_for(item_type)
        if item is None:
            return None
        return lambda value: [item(v) for v in value] if isinstance(value, list) else value
    if origin is dict:
        args = typing.get_args(tp)
        value_conv = converter_for(args[1]) if len(args) == 2 else None
        if value_conv is None:
            return None
        return lambda value: (
            {k: value_conv(v) for k, v in value.items()} if isinstance(value, dict) else value
        )
    if tp is datetime.datetime:
        return _parse_datetime
    if tp is datetime.date:
        return _parse_date
    # str, int, float, bool, Literal aliases (no check: unknown enum values pass), Any, File.
    return None


class _Candidate:
    __slots__ = ("consts", "model", "required")

    def __init__(self, model: type) -> None:
        self.model = model
        keys = json_keys(model)
        self.required = frozenset(keys[f.name] for f in model_fields(model) if f.default is attrs.NOTHING)
        consts: dict[str, object] = {}
        for f in model_fields(model):
            for member in union_members(resolve_annotation(model, f.type)):
                if typing.get_origin(member) is typing.Literal and len(typing.get_args(member)) == 1:
                    consts[keys[f.name]] = typing.get_args(member)[0]
        self.consts = consts

    def score(self, value: Mapping[str, Any]) -> int:
        for key, const in self.consts.items():
            if key in value and value[key] != const:
                return -1
        if not self.required <= value.keys():
            return 0
        return 1 + len(self.consts)


def _union_converter(members: tuple[Any, ...]) -> Converter | None:
    models = [m for m in members if is_model(m)]
    lists = [m for m in members if typing.get_origin(m) is list]
    list_conv = converter_for(lists[0]) if lists else None
    if not models and list_conv is None:
        dated = [m for m in members if m in (datetime.datetime, datetime.date)]
        return converter_for(dated[0]) if dated else None
    candidates: list[_Candidate] = []

    def pick(value: Mapping[str, Any]) -> type:
        if not candidates:
            candidates.extend(_Candidate(m) for m in models)
        best, best_score = candidates[0].model, 0
        for candidate in candidates:
            score = candidate.score(value)
            if score > best_score:
                best, best_score = candidate.model, score
        return best

    def convert(value: Any) -> Any:
        if isinstance(value, dict):
            return view(pick(value), value) if models else wrap_unknown(value)
        if isinstance(value, list) and list_conv is not None:
            return list_conv(value)
        return value

    return convert


# ----------------------------------------------------------------------------------------------
# View classes
# ----------------------------------------------------------------------------------------------


class _Field:
    """Descriptor of one field of a view class, before its type is known.

    The first read resolves the field's annotation (importing the model modules it names, which
    is why this waits until a field is read) and replaces this descriptor on the view class with
    one specialised for the type: a plain value, a nested model, a list of models, or anything
    else through a converter. Specialising keeps the per-read cost of every SSE chunk low.
    """

    __slots__ = ("_annotation", "key", "model", "name", "owner", "unset")

    def __init__(self, model: type, name: str, key: str, annotation: Any, unset: Any) -> None:
        self.model = model
        self.name = name
        self.key = key
        self.unset = unset
        self.owner: type | None = None  # the view class, set once it exists
        self._annotation = annotation

    def _specialise(self) -> Any:
        try:
            tp = resolve_annotation(self.model, self._annotation)
            members = union_members(tp)
            if len(members) == 1 and is_model(members[0]):
                field: _FieldBase = _ModelField(self.key, self.unset, view_class(members[0]))
            elif (
                len(members) == 1
                and typing.get_origin(members[0]) is list
                and len(typing.get_args(members[0])) == 1
                and is_model(typing.get_args(members[0])[0])
            ):
                field = _ModelListField(self.key, self.unset, view_class(typing.get_args(members[0])[0]))
            else:
                converter = converter_for(tp)
                field = (
                    _PlainField(self.key, self.unset)
                    if converter is None
                    else _ConvertedField(self.key, self.unset, converter)
                )
        except Exception as exc:
            # An AttributeError escaping __get__ would silently fall back to __getattr__.
            raise RuntimeError(f"cannot resolve the type of {self.model.__name__}.{self.name}") from exc
        field.name = self.name
        if self.owner is not None:
            setattr(self.owner, self.name, field)
        return field

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        return self._specialise().__get__(obj, objtype)

    def __set__(self, obj: Any, value: Any) -> None:
        _read_only(self.name)


def _read_only(name: str) -> None:
    raise AttributeError(f"{name!r} of a response view is read-only; use to_model() for a mutable copy")


_MISSING: Any = object()


class _FieldBase:
    __slots__ = ("key", "name", "unset")

    def __init__(self, key: str, unset: Any) -> None:
        self.key = key
        self.name = key
        self.unset = unset

    def __set__(self, obj: Any, value: Any) -> None:
        _read_only(self.name)


class _PlainField(_FieldBase):
    """A field whose JSON value is used as is (strings, numbers, enums, untyped data)."""

    __slots__ = ()

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        return obj._raw.get(self.key, self.unset)


class _ConvertedField(_FieldBase):
    """A field converted on first read (dates, unions, dicts of models), cached per view."""

    __slots__ = ("converter",)

    def __init__(self, key: str, unset: Any, converter: Converter) -> None:
        super().__init__(key, unset)
        self.converter = converter

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        key = self.key
        cache = obj._cache
        if cache is not None and key in cache:
            return cache[key]
        value = obj._raw.get(key, _MISSING)
        if value is _MISSING:
            return self.unset
        if value is None:
            return None
        if cache is None:
            cache = obj._cache = {}
        converted = cache[key] = self.converter(value)
        return converted


class _ModelField(_FieldBase):
    """A nested object: a view of its model, built on first read and cached per view."""

    __slots__ = ("cls",)

    def __init__(self, key: str, unset: Any, cls: type) -> None:
        super().__init__(key, unset)
        self.cls = cls

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        key = self.key
        cache = obj._cache
        if cache is not None and key in cache:
            return cache[key]
        value = obj._raw.get(key, _MISSING)
        if value.__class__ is dict:
            item: Any = _new(self.cls)
            item._raw = value
            item._cache = None
        elif value is _MISSING:
            return self.unset
        elif value is None:
            return None
        else:
            item = wrap_unknown(value)
        if cache is None:
            obj._cache = {key: item}
        else:
            cache[key] = item
        return item


class _ModelListField(_FieldBase):
    """A list of objects (e.g. ``choices``): a list of views, built on first read, cached."""

    __slots__ = ("cls",)

    def __init__(self, key: str, unset: Any, cls: type) -> None:
        super().__init__(key, unset)
        self.cls = cls

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        key = self.key
        cache = obj._cache
        if cache is not None and key in cache:
            return cache[key]
        value = obj._raw.get(key, _MISSING)
        if value.__class__ is not list:
            if value is _MISSING:
                return self.unset
            if value is None:
                return None
            return wrap_unknown(value)
        cls = self.cls
        items: list[Any] = []
        for element in value:
            if element.__class__ is dict:
                item: Any = _new(cls)
                item._raw = element
                item._cache = None
                items.append(item)
            else:
                items.append(wrap_unknown(element))
        if cache is None:
            obj._cache = {key: items}
        else:
            cache[key] = items
        return items


_new = object.__new__


def _view_getattr(self: Any, name: str) -> Any:
    # Only called when normal lookup fails: a field newer than the generated model.
    raw = object.__getattribute__(self, "_raw")
    if name in raw:
        return wrap_unknown(raw[name])
    raise AttributeError(f"{type(self).__name__!r} has no field {name!r}")


def _view_to_dict(self: Any) -> dict[str, Any]:
    return dict(self._raw)


def _view_additional_properties(self: Any) -> dict[str, Any]:
    known = type(self)._known_keys
    return {k: v for k, v in self._raw.items() if k not in known}


def _view_to_model(self: Any) -> Any:
    return type(self).__venice_model__.from_dict(self._raw)


def _view_repr(self: Any) -> str:
    return f"{type(self).__name__}({self._raw!r})"


def _view_eq(self: Any, other: Any) -> Any:
    if hasattr(other, "_raw"):
        return type(self) is type(other) and self._raw == other._raw
    return NotImplemented


def _view_getitem(self: Any, key: str) -> Any:
    return self._raw[key]


def _view_contains(self: Any, key: object) -> bool:
    return key in self._raw


_VIEW_CLASSES: dict[type, type] = {}


def view_class(model: type[_M]) -> type[_M]:
    """The lazily converting view subclass of a generated model class (built once per class)."""
    cached = _VIEW_CLASSES.get(model)
    if cached is not None:
        return cached
    from venice_api.types import UNSET

    keys = json_keys(typing.cast(type, model))
    namespace: dict[str, Any] = {
        "__slots__": ("_cache", "_raw"),
        "__module__": model.__module__,
        "__qualname__": model.__qualname__,
        "__doc__": model.__doc__,
        "__venice_model__": model,
        "_known_keys": frozenset(keys.values()),
        "__getattr__": _view_getattr,
        "__getitem__": _view_getitem,
        "__contains__": _view_contains,
        "__repr__": _view_repr,
        "__eq__": _view_eq,
        "__hash__": None,
        "to_dict": _view_to_dict,
        "to_model": _view_to_model,
        "additional_properties": property(_view_additional_properties),
        "additional_keys": property(lambda self: list(_view_additional_properties(self))),
    }
    fields = [_Field(model, f.name, keys[f.name], f.type, UNSET) for f in model_fields(model)]
    namespace.update((field.name, field) for field in fields)
    cls = _VIEW_CLASSES[model] = type(model.__name__, (model,), namespace)
    for field in fields:
        field.owner = cls
    return cls


def view_factory(model: type) -> Converter:
    """A fast converter for the SSE path: raw dict -> view of ``model`` (anything else wrapped)."""
    cls: type = view_class(model)
    new = object.__new__

    def to_view(value: Any) -> Any:
        if value.__class__ is dict:
            obj: Any = new(cls)
            obj._raw = value
            obj._cache = None
            return obj
        return wrap_unknown(value)

    return to_view


def view(model: type[_M], data: Mapping[str, Any]) -> _M:
    """A lazily converting, forward-compatible instance of ``model`` over decoded JSON ``data``."""
    cls = _VIEW_CLASSES.get(model) or view_class(model)
    obj: Any = object.__new__(cls)
    obj._raw = data
    obj._cache = None
    return typing.cast(_M, obj)
