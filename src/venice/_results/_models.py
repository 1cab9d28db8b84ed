"""``BaseModel``: the runtime of the response classes the pipeline writes into
``venice.types.response_models``.

A generated class only declares its fields (typed attributes, one per JSON key); ``define`` then
installs, from the table the pipeline writes beside it, one descriptor per field. An instance
wraps the decoded JSON object and converts a field only when it is read, so:

* construction costs one object allocation, cheap enough for every SSE chunk;
* a field the spec says is always sent but is missing (or null where it may not be) raises
  ``APIResponseValidationError`` naming its JSON path when read: never ``KeyError``, never a
  silent ``None``; so does a nested object or list of objects whose JSON type is wrong
  (``choices: "oops"``), and so does a scalar of the wrong JSON type (a string where the spec
  says integer);
* unknown fields stay reachable (``additional_properties``, ``obj["key"]``, attribute access) and
  an enum value newer than the spec passes through as its string;
* ``to_dict()`` returns the JSON as received, ``to_model()`` the strict generated attrs model.

This module imports no generated module (the generated models import it, through
``venice._binding``); ``to_model()`` imports the ``venice_api.models`` class the generated model
names.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from venice._errors._exceptions import APIResponseValidationError

__all__ = [
    "BOOLEAN",
    "DATE",
    "DATETIME",
    "INTEGER",
    "LIST",
    "MAP",
    "NULLABLE",
    "NUMBER",
    "REQUIRED",
    "STRING",
    "UNION",
    "BaseModel",
    "GenericView",
    "define",
]

REQUIRED = 1
NULLABLE = 2
# The JSON type of a field used as decoded (flags, one at most): a value of another type is refused
# when read. Fields without one (untyped data, unions of scalars) pass through as decoded.
STRING, INTEGER, NUMBER, BOOLEAN = 4, 8, 16, 32
_SCALAR_TYPES: dict[int, tuple[tuple[type, ...], str]] = {
    STRING: ((str,), "a string"),
    INTEGER: ((int,), "an integer"),
    NUMBER: ((int, float), "a number"),
    BOOLEAN: ((bool,), "a boolean"),
}
LIST, MAP, UNION, DATETIME, DATE = "list", "map", "union", "datetime", "date"

_M = TypeVar("_M", bound="BaseModel")
Converter = Callable[[Any, "BaseModel", str], Any]  # (value, owner, JSON path segment) -> value
_new = object.__new__


class GenericView:
    """Attribute access over a JSON object no model describes (a field newer than the spec)."""

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


class BaseModel:
    """Base of every response model: a typed, lazily converting view of one decoded JSON object.

    Build one from data with ``Model.from_dict(data)`` (or ``Model(**data)``); read fields as
    attributes; ``to_dict()`` is the JSON as received; ``to_model()`` the strict generated model
    (top-level results only).
    """

    __slots__ = ("_cache", "_raw", "_where")
    _venice_fields: ClassVar[tuple[tuple[str, str, int, Any], ...]] = ()
    _known_keys: ClassVar[frozenset[str]] = frozenset()
    _required_keys: ClassVar[frozenset[str]] = frozenset()
    _tags: ClassVar[Mapping[str, Any]] = {}
    _generated: ClassVar[str | None] = None

    # ``_where`` is where the object sits in the response, for the JSON path of an error: ``None``
    # at the top, else ``(parent's _where, key)`` or ``(parent's _where, key, index)`` for a list
    # item. Tuples, not the parent itself: a child pointing at the parent that caches it would be a
    # reference cycle per SSE chunk, left to the cyclic garbage collector.

    def __init__(self, **data: Any) -> None:
        self._raw = data
        self._cache = None
        self._where = None

    @classmethod
    def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """A view of ``data`` (a decoded JSON object); nothing is copied or checked until read."""
        obj: Any = _new(cls)
        obj._raw = data
        obj._cache = None
        obj._where = None
        return obj  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as received."""
        return dict(self._raw)

    def to_model(self) -> Any:
        """The strict generated ``venice_api.models`` object for this data (its ``from_dict``)."""
        if self._generated is None:
            raise TypeError(
                f"{type(self).__name__} is not the top-level result of an operation; "
                "call to_model() on the result the method returned, or use to_dict()"
            )
        module, _, name = self._generated.partition(":")
        return getattr(importlib.import_module(module), name).from_dict(self._raw)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys the spec does not declare (newer than this package), as received."""
        known = self._known_keys
        return {k: v for k, v in self._raw.items() if k not in known}

    if not TYPE_CHECKING:  # a misspelt field must stay an error for type checkers

        def __getattr__(self, name: str) -> Any:
            # Only called when normal lookup fails: a field newer than the spec.
            raw = object.__getattribute__(self, "_raw")
            if name in raw:
                return wrap_unknown(raw[name])
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}")

    def __getitem__(self, key: str) -> Any:
        return self._raw[key]

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BaseModel):
            return type(self) is type(other) and self._raw == other._raw
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._raw!r})"


# ----------------------------------------------------------------------------------------------
# JSON paths for error messages
# ----------------------------------------------------------------------------------------------


def json_path(obj: BaseModel, key: str) -> str:
    """``$.choices[0].message.content``: where ``key`` of ``obj`` sits in the response."""
    parts = [f".{key}" if key else ""]
    where = obj._where
    while where is not None:
        segment = where[1] if where[1].startswith("[") else f".{where[1]}"
        parts.append(f"{segment}[{where[2]}]" if len(where) == 3 else segment)
        where = where[0]
    return "$" + "".join(reversed(parts)) + f" ({type(obj).__name__}.{key})"


def _invalid(obj: BaseModel, key: str, problem: str) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"The response {problem} at {json_path(obj, key)}, which the API spec says it always sends."
    )


def _wrong_type(obj: BaseModel, key: str, value: Any, expected: str) -> APIResponseValidationError:
    got = "a list" if value.__class__ is list else f"{type(value).__name__} {value!r}"[:60]
    return APIResponseValidationError(
        f"The response has {got} at {json_path(obj, key)}, where the API spec says {expected}."
    )


def _attach(item: Any, parent: BaseModel, key: str) -> Any:
    item._where = (parent._where, key)
    return item


# ----------------------------------------------------------------------------------------------
# Field descriptors, one per kind. Each inlines the same few lines of cache lookup and store: they
# run for every field of every SSE chunk, where a helper call per read costs measurable throughput.
# ----------------------------------------------------------------------------------------------


class _Field:
    __slots__ = ("flags", "key", "name")

    def __init__(self, name: str, key: str, flags: int) -> None:
        self.name = name
        self.key = key
        self.flags = flags

    def _absent(self, obj: BaseModel) -> None:
        """What reading a missing or null value gives: ``None``, or an error if it may not be."""
        if self.flags & REQUIRED:
            if self.key not in obj._raw:
                raise _invalid(obj, self.key, "has no value")
            if not self.flags & NULLABLE:
                raise _invalid(obj, self.key, "has null")

    def __set__(self, obj: Any, value: Any) -> None:
        raise AttributeError(f"{self.name!r} of a response model is read-only; use to_dict() for a copy")


class _PlainField(_Field):
    """A value used as decoded (strings, numbers, enums, untyped data)."""

    __slots__ = ()

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        value = obj._raw.get(self.key)
        if value is None:
            return self._absent(obj)
        return value


class _ScalarField(_Field):
    """A string, number or boolean used as decoded, refused when its JSON type is another (an enum
    value newer than the spec is still a string, and passes). The common case, a value of the
    declared class, costs one comparison more than a plain field: ``None`` is checked after it."""

    __slots__ = ("classes", "expected", "usual")

    def __init__(self, name: str, key: str, flags: int) -> None:
        super().__init__(name, key, flags)
        self.classes, self.expected = _SCALAR_TYPES[flags & (STRING | INTEGER | NUMBER | BOOLEAN)]
        self.usual = self.classes[-1]

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        value = obj._raw.get(self.key)
        if value.__class__ is self.usual:
            return value
        if value is None:
            return self._absent(obj)
        return self._unusual(obj, value)

    def _unusual(self, obj: BaseModel, value: Any) -> Any:
        if value.__class__ in self.classes:
            return value
        if self.flags & INTEGER and value.__class__ is float and value.is_integer():
            return value  # 1.0 is an integer in JSON
        raise _wrong_type(obj, self.key, value, self.expected)


class _ModelField(_Field):
    """A nested object: a view of its model, built on first read and cached."""

    __slots__ = ("cls",)

    def __init__(self, name: str, key: str, flags: int, cls: type[BaseModel]) -> None:
        super().__init__(name, key, flags)
        self.cls = cls

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        key = self.key
        cache = obj._cache
        if cache is not None and key in cache:
            return cache[key]
        value = obj._raw.get(key)
        if value.__class__ is dict:
            item: Any = _new(self.cls)
            item._raw = value
            item._cache = None
            item._where = (obj._where, key)
        elif value is None:
            return self._absent(obj)
        else:
            raise _wrong_type(obj, key, value, "an object")
        if cache is None:
            obj._cache = {key: item}
        else:
            cache[key] = item
        return item


class _ModelListField(_Field):
    """A list of objects (e.g. ``choices``): a list of views, built on first read, cached."""

    __slots__ = ("cls",)

    def __init__(self, name: str, key: str, flags: int, cls: type[BaseModel]) -> None:
        super().__init__(name, key, flags)
        self.cls = cls

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        key = self.key
        cache = obj._cache
        if cache is not None and key in cache:
            return cache[key]
        value = obj._raw.get(key)
        if value.__class__ is not list:
            if value is None:
                return self._absent(obj)
            raise _wrong_type(obj, key, value, "a list of objects")
        cls = self.cls
        where = obj._where
        items: list[Any] = []
        for index, element in enumerate(value):
            if element.__class__ is dict:
                item: Any = _new(cls)
                item._raw = element
                item._cache = None
                item._where = (where, key, index)
                items.append(item)
            else:
                raise _wrong_type(obj, f"{key}[{index}]", element, "an object")
        if cache is None:
            obj._cache = {key: items}
        else:
            cache[key] = items
        return items


class _ConvertedField(_Field):
    """Any other conversion (dates, unions, maps, nested lists), on first read, cached."""

    __slots__ = ("converter",)

    def __init__(self, name: str, key: str, flags: int, converter: Converter) -> None:
        super().__init__(name, key, flags)
        self.converter = converter

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        key = self.key
        cache = obj._cache
        if cache is not None and key in cache:
            return cache[key]
        value = obj._raw.get(key)
        if value is None:
            return self._absent(obj)
        if cache is None:
            cache = obj._cache = {}
        converted = cache[key] = self.converter(value, obj, key)
        return converted


# ----------------------------------------------------------------------------------------------
# Converters from kinds
# ----------------------------------------------------------------------------------------------


def _parse_date(kind: str) -> Converter:
    parse = datetime.datetime.fromisoformat if kind == DATETIME else datetime.date.fromisoformat

    def convert(value: Any, owner: BaseModel, key: str) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return parse(value.replace("Z", "+00:00") if kind == DATETIME else value)
        except ValueError:
            raise APIResponseValidationError(
                f"The response has {value!r} at {json_path(owner, key)}, which is not an ISO {kind}."
            ) from None

    return convert


def _model_converter(cls: type[BaseModel]) -> Converter:
    def convert(value: Any, owner: BaseModel, key: str) -> Any:
        if value.__class__ is dict:
            item: Any = _new(cls)
            item._raw = value
            item._cache = None
            return _attach(item, owner, key)
        return wrap_unknown(value)

    return convert


def _pick(models: tuple[type[BaseModel], ...]) -> Callable[[Mapping[str, Any]], type[BaseModel]]:
    """The union member that fits a JSON object best: constant tags decide (``role``, ``type``),
    then having every required key; the first member wins ties."""

    def score(cls: type[BaseModel], value: Mapping[str, Any]) -> int:
        for key, const in cls._tags.items():
            if key in value and value[key] != const:
                return -1
        if not cls._required_keys <= value.keys():
            return 0
        return 1 + len(cls._tags)

    def pick(value: Mapping[str, Any]) -> type[BaseModel]:
        best, best_score = models[0], -2
        for cls in models:
            current = score(cls, value)
            if current > best_score:
                best, best_score = cls, current
        return best

    return pick


def converter(kind: Any, resolve: Callable[[str], type[BaseModel]] | None = None) -> Converter | None:
    """The converter for a field or result of ``kind`` (see ``define``), ``None`` for as-decoded.
    ``resolve`` turns class names into classes (kinds from the operation table name them)."""
    if kind is None:
        return None
    if isinstance(kind, str) and kind in (DATETIME, DATE):
        return _parse_date(kind)
    if isinstance(kind, str):
        if resolve is None:
            raise TypeError(f"cannot resolve the class name {kind!r}")
        return _model_converter(resolve(kind))
    if isinstance(kind, type):
        return _model_converter(kind)
    tag = kind[0]
    if tag in (LIST, MAP):
        inner = converter(kind[1], resolve)
        if inner is None:
            return None
        if tag == LIST:
            return lambda value, owner, key: (
                [inner(v, owner, f"{key}[{i}]") for i, v in enumerate(value)]
                if isinstance(value, list)
                else value
            )
        return lambda value, owner, key: (
            {k: inner(v, owner, f"{key}.{k}" if key else k) for k, v in value.items()}
            if isinstance(value, dict)
            else value
        )
    models = tuple(resolve(m) if isinstance(m, str) and resolve else m for m in kind[1])
    list_conv = converter(kind[2], resolve)
    pick = _pick(models) if models else None

    def convert(value: Any, owner: BaseModel, key: str) -> Any:
        if value.__class__ is dict and pick is not None:
            return _model_converter(pick(value))(value, owner, key)
        if value.__class__ is list and list_conv is not None:
            return list_conv(value, owner, key)
        return wrap_unknown(value) if pick is None else value

    return convert


def define(
    cls: type[BaseModel],
    fields: tuple[tuple[str, str, int, Any], ...],
    *,
    tags: Mapping[str, Any] | None = None,
    generated: str | None = None,
) -> None:
    """Install the runtime of generated class ``cls`` from its table: one descriptor per field.

    Each field is ``(attribute, JSON key, flags, kind)``: flags ``REQUIRED`` (always sent),
    ``NULLABLE`` (may be null) and the JSON type of a scalar (``STRING``, ``INTEGER``, ``NUMBER``,
    ``BOOLEAN``); kind ``None`` (as decoded), a model class, ``(LIST, kind)``,
    ``(MAP, kind)``, ``(UNION, (classes...), list kind)``, ``DATETIME`` or ``DATE``. ``tags`` are
    the single allowed values that tell union members apart; ``generated`` is the ``module:Class``
    of the generated attrs model that ``to_model()`` builds.
    """
    cls._venice_fields = fields
    cls._known_keys = frozenset(key for _, key, _, _ in fields)
    cls._required_keys = frozenset(key for _, key, flags, _ in fields if flags & REQUIRED)
    cls._tags = dict(tags or {})
    cls._generated = generated
    for name, key, flags, kind in fields:
        descriptor: _Field
        if kind is None and flags & (STRING | INTEGER | NUMBER | BOOLEAN):
            descriptor = _ScalarField(name, key, flags)
        elif kind is None:
            descriptor = _PlainField(name, key, flags)
        elif isinstance(kind, type):
            descriptor = _ModelField(name, key, flags, kind)
        elif isinstance(kind, tuple) and kind[0] == LIST and isinstance(kind[1], type):
            descriptor = _ModelListField(name, key, flags, kind[1])
        else:
            convert = converter(kind)
            assert convert is not None
            descriptor = _ConvertedField(name, key, flags, convert)
        setattr(cls, name, descriptor)


def event_factory(cls: type[BaseModel]) -> Callable[[Any], Any]:
    """``cls.from_dict`` for the SSE path (one call per event): a closure, no method lookup; a value
    that is not a JSON object is wrapped as it is."""
    new = _new

    def to_model(value: Any) -> Any:
        if value.__class__ is dict:
            obj: Any = new(cls)
            obj._raw = value
            obj._cache = None
            obj._where = None
            return obj
        return wrap_unknown(value)

    return to_model


def result(kind: Any, data: Any, resolve: Callable[[str], type[BaseModel]]) -> Any:
    """A decoded top-level JSON body as the typed result ``kind`` names (the operation table)."""
    if isinstance(kind, str) and kind not in (DATETIME, DATE):
        return resolve(kind).from_dict(data)
    convert = converter(kind, resolve)
    if convert is None:
        return data
    root = BaseModel()
    return convert(data, root, "")
