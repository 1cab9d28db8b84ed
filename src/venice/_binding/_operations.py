"""The binding engine: keyword arguments -> request, and response -> typed result, for any operation.

Everything about an operation comes from the table the pipeline writes
(``venice._generated.operation_table``, read through ``_table``):
where each keyword goes (path, query, header, body) and its name on the wire, the request bodies
per media type with their schemas, and the answers per status and media type. Bodies are checked
against their schema before any I/O (``_schema``); multipart forms are encoded here from the
values (``multipart_parts``). Nothing here declares a field, and no generated source is read.

This module does no I/O; ``_resource.py`` sends what it builds.
"""

from __future__ import annotations

import datetime
import functools
import io
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

import httpx

from venice._binding import _table as generated
from venice._binding._path_segments import check_path_segment
from venice._binding._request_schema import Validator, is_file_input
from venice._binding._table_types import ArgumentEntry, BodyEntry, OperationEntry, ResultKind, Where
from venice._core._request import PreparedRequest
from venice._results._decode import decode_success_body
from venice._results._media_types import media_type_of
from venice._results._models import BaseModel, result
from venice._types import NOT_GIVEN

# Per-call options every method accepts besides the operation's own parameters.
CALL_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})


@functools.cache
def _table() -> tuple[dict[str, OperationEntry], Validator]:
    entries, schemas = generated.operations()
    return entries, Validator(schemas)


def validator() -> Validator:
    return _table()[1]


def resolve_model(name: str) -> type[BaseModel]:
    """A generated response model class by name."""
    cls: type[BaseModel] = generated.response_model(name)
    return cls


class Argument(NamedTuple):
    """One keyword argument of an operation (``ArgumentEntry``, decoded)."""

    name: str
    where: Where
    wire: str
    required: bool
    schema: Mapping[str, Any] | None  # a path, query or header parameter's; a body field's is the body's


class RequestBody:
    """One request content type of an operation. (A plain slotted class: no dataclass code is built
    at ``import venice``.)"""

    __slots__ = ("file_lists", "files", "keys", "media_type", "required", "schema")

    def __init__(
        self,
        *,
        media_type: str,
        schema: Mapping[str, Any],
        keys: Mapping[str, str],  # keyword -> JSON key
        required: frozenset[str],  # keywords
        files: frozenset[str],  # keywords whose schema admits a file
        file_lists: frozenset[str],  # ... a list of files
    ) -> None:
        self.media_type = media_type
        self.schema = schema
        self.keys = keys
        self.required = required
        self.files = files
        self.file_lists = file_lists

    @property
    def multipart(self) -> bool:
        return self.media_type.startswith("multipart/")


class Operation:
    """One operation of the table, decoded once."""

    def __init__(self, operation_id: str, data: OperationEntry) -> None:
        self.operation_id = operation_id
        self.method_path = data["method_path"]  # where the bindings put it: chat.completions.create
        self.method = data["method"]
        self.path = data["path"]
        self.params_class = data["params"]  # its TypedDict in venice.types.request_params
        self.answers = data["answers"]
        self.arguments = {a["name"]: _argument(a) for a in data["arguments"]}
        # Precomputed for every call: the path, query and header parameters, and the arguments that
        # must be given (required body fields are the chosen body's, checked apart).
        self.parameters = [a for a in self.arguments.values() if a.where != "body"]
        self.required = [a.name for a in self.arguments.values() if a.required and a.where != "body"]
        self.required += ["body"] if "body" in self.arguments and self.arguments["body"].required else []
        self.path_params = sorted(
            (a.name for a in self.arguments.values() if a.where == "path"),
            key=lambda name: self.path.index("{" + self.arguments[name].wire + "}"),
        )
        check = validator()
        self.bodies = tuple(self._body(check, body) for body in data["bodies"])
        self.raw_body = "body" in self.arguments
        # Spellings a caller of the table may use besides the keyword: the generated models' one
        # for builtins (`type_`) and a body field's JSON key (`apiKeyType` for `api_key_type`).
        # The methods pass keywords; `keyword()` serves input written as JSON (venice.batch).
        self.aliases: dict[str, str] = {name: name for name in self.arguments}
        for name, argument in self.arguments.items():
            self.aliases.setdefault(name + "_", name)
            if argument.where == "body":
                self.aliases.setdefault(argument.wire, name)

    def keyword(self, spelling: str) -> str | None:
        """The keyword argument ``spelling`` names (a keyword, ``type_`` or a JSON key), or None."""
        return self.aliases.get(spelling)

    @staticmethod
    def _body(check: Validator, entry: BodyEntry) -> RequestBody:
        schema, keys = entry["schema"], entry["keys"]
        properties, required, _ = check.properties(schema) if keys else ({}, set(), None)
        by_key = {key: name for name, key in keys.items()}
        files = frozenset(
            by_key[k] for k, prop in properties.items() if k in by_key and _admits_file(check, prop)
        )
        lists = frozenset(
            by_key[k]
            for k, prop in properties.items()
            if k in by_key and _admits_file(check, prop, in_list=True)
        )
        return RequestBody(
            media_type=entry["media_type"],
            schema=schema,
            keys={name: key for name, key in keys.items() if key in properties},
            required=frozenset(by_key[k] for k in required if k in by_key),
            files=files,
            file_lists=lists,
        )

    def accepted(self) -> list[str]:
        return sorted(self.arguments)

    def stream_item(self) -> tuple[ResultKind, str | None] | None:
        """The kind of one event and the line that ends the stream, if the operation streams."""
        for answers in self.answers.values():
            answer = answers.get("text/event-stream")
            if answer is not None and answer["kind"] == "events":
                return answer["item"], answer["end"]
        return None


def _argument(entry: ArgumentEntry) -> Argument:
    return Argument(
        entry["name"],
        entry["where"],
        entry["wire"],
        entry["required"],
        entry["schema"],
    )


def _admits_file(check: Validator, schema: Mapping[str, Any], *, in_list: bool = False) -> bool:
    """Whether ``schema`` admits a file (``in_list``: a list of files)."""
    schema = check._deref(schema)
    if schema.get("format") == "binary":
        return not in_list
    if schema.get("type") == "array":
        return in_list and _admits_file(check, schema.get("items") or {})
    return any(
        _admits_file(check, m, in_list=in_list) for m in (schema.get("anyOf") or schema.get("oneOf") or ())
    )


@functools.cache
def operation(operation_id: str) -> Operation:
    """The operation ``operation_id`` of the table."""
    return Operation(operation_id, _table()[0][operation_id])


class OperationMatch(NamedTuple):
    """The operation an HTTP method and path name, with the path parameters read from the path."""

    operation_id: str
    path_params: dict[str, str]


def operation_for(method: str, path: str) -> OperationMatch | None:
    """The operation answering ``method path`` (a spec path such as ``/characters/alan-watts``,
    without ``/api/v1`` or a query string), or ``None`` if the spec has none. A literal path
    segment wins over a template (``/api_keys/rate_limits`` is not ``/api_keys/{id}``)."""
    for operation_id, pattern in _path_patterns().get(method.upper(), ()):
        found = pattern.fullmatch(path)
        if found is not None:
            return OperationMatch(operation_id, found.groupdict())
    return None


@functools.cache
def _path_patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    by_method: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    entries = sorted(_table()[0].items(), key=lambda item: item[1]["path"].count("{"))
    for operation_id, entry in entries:
        parts = re.split(r"\{(\w+)\}", entry["path"])
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts)
        )
        by_method.setdefault(entry["method"].upper(), []).append((operation_id, re.compile(regex)))
    return by_method


# ----------------------------------------------------------------------------------------------
# Requests
# ----------------------------------------------------------------------------------------------


def to_json_value(value: Any) -> Any:
    """User values may be dicts, lists, tuples, response models or generated models: plain JSON."""
    cls = value.__class__
    if cls is str or cls is int or cls is float or cls is bool or value is None:
        return value
    if cls is list or cls is tuple:
        return [to_json_value(v) for v in value]
    if cls is dict:
        return {k: to_json_value(v) for k, v in value.items()}
    raw = getattr(value, "_raw", None)
    if raw is not None:
        return raw
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if hasattr(value, "to_dict") and not isinstance(value, type):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [to_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {k: to_json_value(v) for k, v in value.items()}
    return value


def to_file(value: Any, name: str) -> tuple[str | None, Any, str | None]:
    """bytes, a path, a binary file object, a generated ``File`` or a ``(filename, content[, mime])``
    tuple -> the ``(filename, file, mime)`` of a form part."""
    if hasattr(value, "to_tuple") and type(value).__name__ == "File":
        file_name, payload, mime = value.to_tuple()
        return file_name, payload, mime
    if isinstance(value, tuple) and 2 <= len(value) <= 3:
        content = value[1]
        payload = io.BytesIO(content) if isinstance(content, (bytes, bytearray)) else content
        return value[0], payload, value[2] if len(value) == 3 else None
    if isinstance(value, (bytes, bytearray)):
        return name, io.BytesIO(value), None
    if isinstance(value, (str, os.PathLike)):
        # Read now: an open handle would outlive the request (and retries need the bytes again).
        path = Path(value)
        return path.name, io.BytesIO(path.read_bytes()), None
    if hasattr(value, "read"):
        return os.path.basename(str(getattr(value, "name", name))), value, None
    raise TypeError(f"argument {name!r} must be bytes, a path, a binary file or a (filename, bytes) tuple")


def _query_value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_query_value(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def _has_file(value: Any) -> bool:
    """A file, or a list with at least one file in it (e.g. ``images=[path, bytes]``)."""
    if isinstance(value, (list, tuple)) and not is_file_input(value):
        return any(map(is_file_input, value))
    return is_file_input(value)


def _choose_body(op: Operation, values: Mapping[str, Any]) -> RequestBody | None:
    """Among the request bodies, the multipart one if a file is given, else the first other one."""
    if len(op.bodies) <= 1:
        return op.bodies[0] if op.bodies else None
    binary = any(
        _has_file(value)
        for name, value in values.items()
        if any(name in b.files | b.file_lists for b in op.bodies)
    )
    for body in op.bodies:
        if body.multipart == binary:
            return body
    return op.bodies[0]


def build_request(op: Operation, arguments: Mapping[str, Any], *, siwx: str | None = None) -> PreparedRequest:
    """Check ``arguments`` (keyword -> value; ``NOT_GIVEN`` for one left out: a generated method
    passes its ``locals()``, so ``self`` too, which is dropped) and build the request;
    ``TypeError`` / ``ValueError`` before any I/O."""
    name = op.method_path
    values = {key: value for key, value in arguments.items() if value is not NOT_GIVEN}
    values.pop("self", None)
    call = {key: values.pop(key) for key in CALL_OPTIONS if key in values}
    unknown = values.keys() - op.arguments.keys()
    if unknown:
        raise TypeError(
            f"{name}() got unexpected keyword argument(s) {', '.join(map(repr, sorted(unknown)))}; "
            f"valid arguments: {', '.join(op.accepted())}"
        )
    if "sign_in_with_x" in op.arguments and "sign_in_with_x" not in values and siwx is not None:
        values["sign_in_with_x"] = siwx
    body = _choose_body(op, values)
    missing = [name for name in op.required if name not in values]
    if body is not None and not op.raw_body:
        missing += sorted(k for k in body.required if k not in values)
    if missing:
        raise TypeError(f"{name}() missing required argument(s): {', '.join(map(repr, missing))}")

    url = op.path
    params: dict[str, Any] = {}
    headers: dict[str, Any] = {}
    for argument in op.parameters:
        if argument.name not in values:
            continue
        value = values[argument.name]
        if argument.schema is not None and value is not None:
            _check_parameter(op, argument, _query_value(value))
        if argument.where == "path":
            url = url.replace("{" + argument.wire + "}", _path_segment(name, argument.name, value))
        elif argument.where == "query":
            if value is not None:
                params[argument.wire] = _query_value(value)
        elif value is not None:
            headers[argument.wire] = str(value)

    json_data: Any = None
    files: Any = None
    if body is not None:
        if op.raw_body:
            json_data = _checked(op, body, to_json_value(values["body"]))
        elif body.multipart:
            files = _form(op, body, values)
        else:
            given = {body.keys[k]: v for k, v in values.items() if k in body.keys}
            # The check accepts plain JSON only: what it accepts is sent as given, with no copy;
            # anything else (models, tuples, dates) is converted to JSON first, then checked.
            accepts = validator().check(body.schema)
            json_data = given if accepts(given) else _checked(op, body, to_json_value(given))
    extra_body = call.get("extra_body")
    if extra_body:
        if isinstance(json_data, dict):
            json_data = {**json_data, **to_json_value(extra_body)}
        elif files is not None:
            files = [*files, *multipart_parts(to_json_value(extra_body))]
        else:
            json_data = to_json_value(extra_body)
    headers.update(call.get("extra_headers") or {})
    params.update(call.get("extra_query") or {})
    return PreparedRequest(
        method=op.method,
        url=url,
        params=params or None,
        headers=headers,
        json=json_data,
        files=files,
        timeout=call.get("timeout", NOT_GIVEN),
    )


def _path_segment(method: str, name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{method}() argument {name!r} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{method}() argument {name!r} must be a non-empty string")
    check_path_segment(method, name, value)
    return quote(value, safe="")


def _check_parameter(op: Operation, argument: Argument, value: Any) -> None:
    """A path, query or header value against its parameter's schema (type, enum), before any I/O."""
    assert argument.schema is not None
    check = validator()
    if not check.check(argument.schema)(value):
        raise TypeError(f"{op.method_path}(): {check.explain(argument.schema, value, argument.name)}")


def _checked(op: Operation, body: RequestBody, data: Any) -> Any:
    check = validator()
    if not check.check(body.schema)(data):
        raise TypeError(f"{op.method_path}(): {check.explain(body.schema, data)}")
    return data


def _form(op: Operation, body: RequestBody, values: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """A checked multipart form: files as file parts, everything else in its JSON spelling."""
    data: dict[str, Any] = {}
    check: dict[str, Any] = {}
    for name, value in values.items():
        if name not in body.keys:
            continue
        key = body.keys[name]
        if (name in body.files or name in body.file_lists) and _has_file(value):
            items = value if isinstance(value, (list, tuple)) and not is_file_input(value) else None
            if items is None and name in body.file_lists and name not in body.files:
                items = [value]  # one file for a list of files: a list of one
            data[key] = [to_file(v, key) for v in items] if items is not None else to_file(value, key)
            check[key] = list(items) if items is not None else value
        else:
            data[key] = check[key] = to_json_value(value)
    _checked(op, body, check)
    return multipart_parts(data)


_FormPart = tuple[str, Any]


def multipart_parts(fields: Mapping[str, Any]) -> list[_FormPart]:
    """The multipart form of JSON values and file parts, the way OpenAPI 3.0 encodes form data: a
    file (a ``(name, file, mime)`` tuple) is a file part; a primitive is a text part in its JSON
    spelling (``true``/``false``, ``1.5``; a string as is); an array of primitives or files is one
    part per item under the same name (``style: form, explode: true``); an object, or an array
    holding objects, is one part of JSON text (``application/json``). ``None`` is left out."""
    parts: list[_FormPart] = []
    for name, value in fields.items():
        if isinstance(value, list) and all(_is_form_item(v) for v in value):
            parts += [(name, _form_part(v)) for v in value if v is not None]
        elif value is not None:
            parts.append((name, _form_part(value)))
    return parts


def _is_form_item(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool, tuple)) or value is None


def _form_part(value: Any) -> Any:
    if isinstance(value, tuple):  # (file_name, file, mime_type)
        return value
    if isinstance(value, str):
        return (None, value.encode(), "text/plain")
    if isinstance(value, (bool, int, float)):
        return (None, json.dumps(value).encode(), "text/plain")
    return (None, json.dumps(value).encode(), "application/json")


# ----------------------------------------------------------------------------------------------
# Responses
# ----------------------------------------------------------------------------------------------


def body_kind(response: httpx.Response) -> str:
    """``"json"``, ``"sse"``, ``"text"`` or ``"binary"``, by the response's content type."""
    return _kind_of(response.headers.get("content-type", ""))


@functools.lru_cache(maxsize=64)  # an API answers with a handful of content types
def _kind_of(content_type: str) -> str:
    media = media_type_of(content_type)
    if media == "text/event-stream":
        return "sse"
    if not media or media == "application/json" or media.endswith("+json"):
        return "json"
    if media.startswith("text/"):
        return "text"
    return "binary"


def json_answer(op: Operation, status_code: int) -> Any:
    """The result kind of a JSON answer with ``status_code`` (the 2xx one the table declares)."""
    answers = op.answers.get(str(status_code)) or next(
        (a for status, a in op.answers.items() if status.startswith("2")), {}
    )
    for media, answer in answers.items():
        if answer["kind"] == "json" and (media == "application/json" or media.endswith("+json")):
            return answer["result"]
    return None


def parse_json(op: Operation, response: httpx.Response) -> Any:
    """Decode a read JSON body into the operation's typed result; ``APIResponseValidationError``
    if it cannot be (empty, HTML, not JSON, or not the top-level type the spec promises)."""
    kind = json_answer(op, response.status_code)
    data = decode_success_body(response, expect_json=True, json_types=_top_level_types(kind))
    return result(kind, data, resolve_model)


def _top_level_types(kind: Any) -> tuple[type, ...]:
    """The JSON types a body of result ``kind`` may have at the top (an object for a model)."""
    if isinstance(kind, str):
        return (dict,)
    if isinstance(kind, tuple) and kind[0] == "list":
        return (list,)
    if isinstance(kind, tuple) and kind[0] == "map":
        return (dict,)
    return (dict, list)


@functools.cache
def method_paths() -> dict[str, str]:
    """operationId -> the method path the bindings give it (``chat.completions.create``)."""
    return {operation_id: entry["method_path"] for operation_id, entry in _table()[0].items()}
