"""The named types of the API surface, derived from the overlaid spec.

`Shapes(doc, suffix)` walks schemas and returns a `TypeExpr` for each, registering every object
schema with properties as an `ObjectType` under a name a person would use. The response side
(`suffix=""`) becomes the models of `venice/types/response_models.py`, the request side (`suffix="Param"`)
the TypedDicts of `venice/types/request_params.py`: one walk, two renderings.

Names, in order of preference:

1. the name an overlay gives it (`x-venice-name`: the types users touch get their documented names,
   `ChatCompletion`, `Choice`, ...), else its `title`, PascalCased (`Assistant Message` ->
   `AssistantMessage`);
2. its component name (`ChatCompletionChunk`);
3. the name of the type that holds it plus the property (`ChatCompletionUsage`; array items
   singular: `choices` -> `...Choice`), or for a union member its constant tag (`type: url_citation`
   -> `...UrlCitation`), or the hint the caller gives (`<OperationId>Response`).

Identical schemas wanting one name are one type (the spec repeats some inline: `Cache Control`);
a different schema wanting a taken name is prefixed with its holder's name, then numbered. The walk
follows the document's order, so names are deterministic. Nothing here renders code.

A union (`anyOf`/`oneOf`) is a named type only when an overlay names it (`x-venice-name`): it becomes a
`UnionType`, rendered as a type alias of its members, and the expressions that use it carry its name
(`UnionOf(..., name=...)`), so a signature reads `Sequence[ChatCompletionMessageParam]`. Any named type
may have other names (`x-venice-aliases`: the names another SDK's users import), rendered as aliases
of it; like `x-venice-name`, they are given without the side's suffix (`Param`).
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from .extensions import resolve_pointer
from .specio import SpecError

__all__ = [
    "Field",
    "ListOf",
    "Literal",
    "MapOf",
    "Named",
    "NamedType",
    "ObjectType",
    "Scalar",
    "Shapes",
    "Special",
    "Spelling",
    "TypeExpr",
    "UnionOf",
    "UnionType",
    "annotation",
    "attribute_name",
    "flat_members",
    "pascal",
    "resolve_pointer",
    "resolved",
    "union",
]


@dataclass(frozen=True)
class Scalar:
    name: str  # "str" | "int" | "float" | "bool" | "Any" | "None"


@dataclass(frozen=True)
class Literal:
    values: tuple[Any, ...]


@dataclass(frozen=True)
class ListOf:
    item: TypeExpr


@dataclass(frozen=True)
class MapOf:
    value: TypeExpr


@dataclass(frozen=True)
class UnionOf:
    members: tuple[TypeExpr, ...]
    name: str = ""  # a union an overlay names (a `UnionType`): written by its name, never flattened


@dataclass(frozen=True)
class Named:
    name: str


@dataclass(frozen=True)
class Special:
    name: str  # "datetime" | "date" | "file"


TypeExpr = Scalar | Literal | ListOf | MapOf | UnionOf | Named | Special
ANY = Scalar("Any")
NAME = "x-venice-name"  # the public name an overlay gives a schema (see overlays/11-response-names)
ALIASES = "x-venice-aliases"  # other public names of a named schema (see overlays/19-openai-names)
_ALIAS = "\0alias"  # what `Shapes._taken` holds for an alias: no schema's canonical text equals it
NONE = Scalar("None")


@dataclass
class Field:
    key: str  # the JSON key
    required: bool
    type: TypeExpr
    description: str = ""
    default: Any = None
    has_default: bool = False


@dataclass
class ObjectType:
    name: str
    description: str
    fields: list[Field] = field(default_factory=list)
    extra: TypeExpr | None = None  # the type of undeclared keys (None: closed or unspecified)
    closed: bool = False  # additionalProperties: false
    tags: dict[str, Any] = field(default_factory=dict)  # JSON key -> its single allowed value
    pointer: str = ""  # where it was first met
    aliases: list[str] = field(default_factory=list)  # other names of it (`x-venice-aliases`)


@dataclass
class UnionType:
    """A union an overlay names: a type alias of `members`."""

    name: str
    description: str
    members: tuple[TypeExpr, ...]
    pointer: str = ""  # where it was first met
    aliases: list[str] = field(default_factory=list)  # other names of it (`x-venice-aliases`)


NamedType = ObjectType | UnionType


@dataclass(frozen=True)
class Spelling:
    """How one rendering writes the containers and special strings of a `TypeExpr`."""

    sequence: str  # e.g. "list" (decoded values) or "Sequence" (what a caller may pass)
    mapping: str  # "dict" or "Mapping"
    special: dict[str, str]  # Special.name -> annotation


def annotation(expr: TypeExpr, spelling: Spelling) -> str:
    """The Python annotation of `expr`, containers spelled as `spelling` says."""
    if isinstance(expr, Scalar):
        return expr.name
    if isinstance(expr, Literal):
        return f"Literal[{', '.join(repr(v) for v in expr.values)}]"
    if isinstance(expr, ListOf):
        return f"{spelling.sequence}[{annotation(expr.item, spelling)}]"
    if isinstance(expr, MapOf):
        return f"{spelling.mapping}[str, {annotation(expr.value, spelling)}]"
    if isinstance(expr, UnionOf):
        return expr.name or " | ".join(annotation(m, spelling) for m in expr.members)
    if isinstance(expr, Named):
        return expr.name
    return spelling.special[expr.name]


def pascal(text: str) -> str:
    """`Assistant Message` -> `AssistantMessage`, `input_audio` -> `InputAudio`, `2x` -> `2x`."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(word[0].upper() + word[1:] for word in words)


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def attribute_name(key: str, reserved: frozenset[str] = frozenset()) -> str:
    """The Python attribute for JSON key `key`: the key itself where Python allows (`type`,
    `object`, `availableContextTokens`), `key_` for keywords and reserved names, and an identifier
    made of its characters otherwise (`2x` -> `field_2x`, `x-foo` -> `x_foo`)."""
    if key.isidentifier() and not keyword.iskeyword(key) and key not in reserved:
        return key
    if key.isidentifier():
        return key + "_"
    cleaned = re.sub(r"\W", "_", key)
    return cleaned if cleaned.isidentifier() and not cleaned[0].isdigit() else "field_" + cleaned


class Shapes:
    """Named object types and type expressions for the schemas of one document (one side)."""

    def __init__(self, doc: dict[str, Any], *, suffix: str = "") -> None:
        self.doc = doc
        self.suffix = suffix
        self.types: dict[str, NamedType] = {}  # objects and named unions, in walk order
        self._identity: dict[str, str] = {}  # name + canonical schema -> registered name
        self._taken: dict[str, str] = {}  # registered name -> canonical schema

    # -- entry point ---------------------------------------------------------------------------

    def type_of(self, schema: Any, hint: str, pointer: str, *, holder: str = "") -> TypeExpr:
        """The type of values of `schema`; `hint` names it if nothing better does."""
        if not isinstance(schema, dict):
            return ANY
        if "$ref" in schema:
            target = resolve_pointer(self.doc, schema["$ref"])
            component = schema["$ref"].rsplit("/", 1)[-1]
            return self._typed(target, component, schema["$ref"], holder, ref=schema["$ref"])
        return self._typed(schema, hint, pointer, holder)

    # -- schemas -------------------------------------------------------------------------------

    def _typed(self, schema: dict[str, Any], hint: str, pointer: str, holder: str, ref: str = "") -> TypeExpr:
        nullable = bool(schema.get("nullable"))
        expr = self._bare(schema, hint, pointer, holder, ref)
        return union([expr, NONE]) if nullable else expr

    def _bare(self, schema: dict[str, Any], hint: str, pointer: str, holder: str, ref: str) -> TypeExpr:
        if "enum" in schema:
            values = tuple(v for v in schema["enum"] if v is not None)
            if values and all(isinstance(v, (str, int, bool)) for v in values):
                literal: TypeExpr = Literal(values)
                return union([literal, NONE]) if None in schema["enum"] else literal
        members = schema.get("anyOf") or schema.get("oneOf")
        if members and not schema.get("properties"):
            expr = self._union_of(members, hint, pointer, holder)
            return self._named_union(schema, expr, pointer, holder, ref) if schema.get(NAME) else expr
        if _is_object(schema):
            return self._object(schema, hint, pointer, holder, ref)
        kind = schema.get("type")
        if kind == "array":
            return ListOf(self.type_of(schema.get("items", {}), hint, f"{pointer}/items", holder=holder))
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "binary":
                return Special("file")
            if fmt == "date-time":
                return Special("datetime")
            if fmt == "date":
                return Special("date")
            return Scalar("str")
        if kind in ("integer", "number", "boolean"):
            return Scalar({"integer": "int", "number": "float", "boolean": "bool"}[kind])
        if len(schema.get("allOf") or []) == 1:
            return self.type_of(schema["allOf"][0], hint, f"{pointer}/allOf/0", holder=holder)
        return ANY

    def _union_of(self, members: list[Any], hint: str, pointer: str, holder: str) -> TypeExpr:
        exprs = []
        for index, member in enumerate(members):
            member_hint = hint + self._member_suffix(member, index)
            exprs.append(self.type_of(member, member_hint, f"{pointer}/anyOf/{index}", holder=holder))
        return union(exprs)

    def _named_union(
        self, schema: dict[str, Any], expr: TypeExpr, pointer: str, holder: str, ref: str
    ) -> TypeExpr:
        """`expr`, the union of `schema`'s members, as the union type `schema`'s `x-venice-name` names."""
        members = expr.members if isinstance(expr, UnionOf) else (expr,)
        wanted = (pascal(str(schema[NAME])) or "Union") + self.suffix
        canonical = json.dumps(schema, sort_keys=True, default=str)
        known = self._identity.get(wanted + "\0" + canonical)
        if known is None:
            known = self._free_name(wanted, canonical, holder)
            self._identity[wanted + "\0" + canonical] = known
            self._taken[known] = canonical
            description = str(schema.get("description") or "").strip()
            self.types[known] = UnionType(known, description, members, pointer=ref or pointer)
            self._add_aliases(self.types[known], schema)
        return UnionOf(members, name=known)

    def _add_aliases(self, named: NamedType, schema: dict[str, Any]) -> None:
        """Give `named` the other names `schema`'s `x-venice-aliases` lists (plus this side's suffix)."""
        for alias in schema.get(ALIASES) or []:
            name = pascal(str(alias)) + self.suffix
            if self._taken.get(name) == _ALIAS:
                continue  # another copy of the schema, reached from elsewhere, has it already
            if name in self._taken:
                raise SpecError(f"{named.pointer}: {ALIASES} {alias!r} ({name}) is the name of another type")
            self._taken[name] = _ALIAS
            named.aliases.append(name)

    def _member_suffix(self, member: Any, index: int) -> str:
        resolved = self._resolve(member)
        for prop in (resolved.get("properties") or {}).values():
            prop = self._resolve(prop)
            values = prop.get("enum") or []
            if len(values) == 1 and isinstance(values[0], str):
                return pascal(values[0])
        return f"Variant{index}"

    def _object(self, schema: dict[str, Any], hint: str, pointer: str, holder: str, ref: str) -> TypeExpr:
        properties, required, extra_schema, description = self._merged(schema)
        if not properties:
            if isinstance(extra_schema, dict) and extra_schema:
                return MapOf(self.type_of(extra_schema, hint + "Value", f"{pointer}/additionalProperties"))
            return MapOf(ANY)
        title = schema.get(NAME) or schema.get("title")
        wanted = pascal(title) if isinstance(title, str) and pascal(title) else pascal(hint) or "Object"
        if wanted[0].isdigit():
            wanted = pascal(holder) + wanted
        wanted += self.suffix
        # Identity is the content, however it is reached (a component, an inline copy of it).
        canonical = json.dumps(schema, sort_keys=True, default=str)
        known = self._identity.get(wanted + "\0" + canonical)
        if known is not None:
            return Named(known)
        name = self._free_name(wanted, canonical, holder)
        self._identity[wanted + "\0" + canonical] = name
        self._taken[name] = canonical
        obj = ObjectType(name=name, description=description, pointer=ref or pointer)
        self.types[name] = obj  # before the fields: a recursive reference finds it
        self._add_aliases(obj, schema)
        obj.closed = extra_schema is False
        base = name[: -len(self.suffix)] if self.suffix else name
        for key, prop in properties.items():
            prop_hint = base + pascal(singular(key) if _is_array(prop, self.doc) else key)
            resolved = self._resolve(prop)
            obj.fields.append(
                Field(
                    key=key,
                    required=key in required,
                    type=self.type_of(prop, prop_hint, f"{pointer}/properties/{key}", holder=base),
                    description=str(resolved.get("description") or "").strip(),
                    default=resolved.get("default"),
                    has_default="default" in resolved,
                )
            )
            values = resolved.get("enum") or []
            if len(values) == 1:
                obj.tags[key] = values[0]
        if isinstance(extra_schema, dict):
            obj.extra = self.type_of(extra_schema, base + "Value", f"{pointer}/additionalProperties")
        elif extra_schema is True:
            obj.extra = ANY
        return Named(name)

    def _free_name(self, wanted: str, canonical: str, holder: str) -> str:
        candidates = [wanted]
        if holder and not wanted.startswith(pascal(holder)):
            candidates.append(pascal(holder) + wanted)
        for candidate in candidates:
            if self._taken.get(candidate, canonical) == canonical:
                return candidate
        number = 2
        while self._taken.get(f"{candidates[-1]}{number}", canonical) != canonical:
            number += 1
        return f"{candidates[-1]}{number}"

    def _merged(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str], Any, str]:
        """Properties, required keys, additionalProperties and description, `allOf` merged in."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        extra: Any = schema.get("additionalProperties")
        description = str(schema.get("description") or "").strip()
        for member in schema.get("allOf") or []:
            inner_props, inner_required, inner_extra, inner_description = self._merged(self._resolve(member))
            properties.update(inner_props)
            required |= inner_required
            extra = inner_extra if extra is None else extra
            description = description or inner_description
        properties.update(schema.get("properties") or {})
        required |= set(schema.get("required") or [])
        return properties, required, extra, description

    def _resolve(self, schema: Any) -> dict[str, Any]:
        return resolved(schema, self.doc)


def _is_object(schema: dict[str, Any]) -> bool:
    """An object schema: declared so, or an `allOf` of several members (their properties merged; a
    single-member `allOf` is a wrapper, typed as its member)."""
    return schema.get("type") == "object" or "properties" in schema or len(schema.get("allOf") or []) > 1


def resolved(schema: Any, doc: dict[str, Any]) -> dict[str, Any]:
    """`schema` with its `$ref`s followed (an empty schema for anything that is not one)."""
    for _ in range(20):
        if isinstance(schema, dict) and "$ref" in schema:
            schema = resolve_pointer(doc, schema["$ref"])
    return schema if isinstance(schema, dict) else {}


def _is_array(schema: Any, doc: dict[str, Any]) -> bool:
    return resolved(schema, doc).get("type") == "array"


def flat_members(expr: TypeExpr) -> tuple[TypeExpr, ...]:
    """The members of `expr` with every union in it spread, named ones too (`(expr,)` for a non-union)."""
    if not isinstance(expr, UnionOf):
        return (expr,)
    return tuple(inner for member in expr.members for inner in flat_members(member))


def union(members: list[TypeExpr]) -> TypeExpr:
    """A flat union without repeats; literals folded into one; `None` last; one member bare. A named
    union stays one member: it is written by its name."""
    flat: list[TypeExpr] = []
    for member in members:
        for inner in member.members if isinstance(member, UnionOf) and not member.name else (member,):
            if inner not in flat:
                flat.append(inner)
    if ANY in flat:
        return ANY  # `Any` admits everything, `None` included
    literals = [v for m in flat if isinstance(m, Literal) for v in m.values]
    others = [m for m in flat if not isinstance(m, Literal) and m != NONE]
    folded: list[TypeExpr] = [Literal(tuple(dict.fromkeys(literals)))] if literals else []
    if Scalar("str") in others and literals and all(isinstance(v, str) for v in literals):
        folded = []  # `Literal[...] | str` is `str`
    result = folded + others + ([NONE] if NONE in flat else [])
    return result[0] if len(result) == 1 else UnionOf(tuple(result))
