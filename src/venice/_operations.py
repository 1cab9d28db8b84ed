"""The binding engine: turn keyword arguments into a request, and a response into a typed result,
for any operation of the generated package.

Everything about an operation is read from its generated endpoint module
(``venice_api.api.<tag>.<module>``) on first use: the path/query/header parameters and the body
model from ``_get_kwargs``'s signature, the body encoding (JSON, multipart or both) from its
source, and the success models from ``_parse_response``'s status-200 branch. Bodies are validated
and serialised by the generated models (``from_dict`` / ``to_dict``); URLs, query strings and
headers by the generated ``_get_kwargs``. Multipart forms are encoded here from the model's
``to_dict`` values (``multipart_parts``), not by the generated ``to_multipart``, which writes every
value with ``str()`` (``True``, ``None``, Python reprs). Nothing here declares a field.

This module does no I/O; ``_resource.py`` sends what it builds.
"""

from __future__ import annotations

import ast
import builtins
import functools
import importlib
import inspect
import io
import json
import os
import textwrap
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
import httpx

from ._base_client import RequestOptions
from ._decode import decode_success_body
from ._paths import check_path_segment
from ._types import NOT_GIVEN
from ._validation import body_check, explain, is_json
from ._views import (
    is_file_type,
    is_model,
    json_keys,
    model_fields,
    resolve_annotation,
    union_members,
    view,
    wrap_unknown,
)

_API_PACKAGE = "venice_api.api"
# Per-call options every method accepts besides the operation's own parameters.
CALL_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})


@dataclass(frozen=True)
class BodyField:
    attr: str
    key: str
    required: bool
    is_file: bool  # File, or a list of File (one file part per item)
    accepts_str: bool = False
    is_list: bool = False


class OperationInfo:
    """What the generated endpoint module says about one operation (computed once)."""

    def __init__(self, operation_id: str, method_path: str, module_name: str) -> None:
        self.operation_id = operation_id
        self.method_path = method_path
        self.module = importlib.import_module(f"{_API_PACKAGE}.{module_name}")
        get_kwargs = self.module._get_kwargs
        signature = inspect.signature(get_kwargs)
        self.path_params: list[str] = []
        self.params: dict[str, bool] = {}  # python name -> required (query and header parameters)
        self.body_annotation: Any = None
        self.body_required = False
        for name, parameter in signature.parameters.items():
            required = parameter.default is inspect.Parameter.empty
            if name == "body":
                self.body_annotation = resolve_annotation_in(self.module, parameter.annotation)
                self.body_required = required
            elif parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                self.path_params.append(name)
            else:
                self.params[name] = required
        # The body is either one model, a union of models (e.g. a JSON and a multipart variant,
        # chosen per call by whether a file is given), or another shape passed as ``body=``.
        members = union_members(self.body_annotation) if self.body_annotation is not None else ()
        self.body_models: tuple[type, ...] = tuple(members) if members and all(map(is_model, members)) else ()
        self.body_model: type | None = self.body_models[0] if self.body_models else None
        self.model_fields: dict[type, dict[str, BodyField]] = {}
        self.body_fields: dict[str, BodyField] = {}
        for model in self.body_models:
            keys = json_keys(model)
            specs: dict[str, BodyField] = {}
            for field in model_fields(model):
                types = union_members(resolve_annotation(model, field.type))
                is_file = any(is_file_type(m) for m in types)
                is_list = any(
                    typing.get_origin(m) is list and is_file_type(typing.get_args(m)[0]) for m in types
                )
                specs[field.name] = BodyField(
                    field.name,
                    keys[field.name],
                    field.default is attrs.NOTHING,
                    is_file or is_list,
                    str in types,
                    is_list,
                )
            self.model_fields[model] = specs
            for name, spec in specs.items():
                self.body_fields.setdefault(name, spec)
        self.aliases = self._aliases()
        self.response_models = _success_models(self.module)

    def _aliases(self) -> dict[str, str]:
        """Accepted keyword -> canonical python name (``type`` for ``type_``; JSON keys)."""
        aliases: dict[str, str] = {}
        for name in [*self.params, *self.body_fields, *self.path_params]:
            aliases[name] = name
            if name.endswith("_") and not name.endswith("__"):
                aliases[name[:-1]] = name
        for name, spec in self.body_fields.items():
            aliases.setdefault(spec.key, name)
        return aliases

    def accepted(self) -> list[str]:
        names = {*self.params, *self.body_fields, *self.path_params}
        if self.body_annotation is not None and self.body_model is None:
            names.add("body")
        return sorted(names)


def resolve_annotation_in(module: Any, annotation: Any) -> Any:
    if not isinstance(annotation, str):
        return annotation
    from ._views import _LazyNamespace

    return eval(annotation, {"__builtins__": builtins}, _LazyNamespace(module))


def _success_models(module: Any) -> tuple[type, ...]:
    """Models named in the ``status_code == 200`` branch of the generated ``_parse_response``."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(module._parse_response)))
    names: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Compare)
            and isinstance(node.test.comparators[0], ast.Constant)
            and node.test.comparators[0].value == 200
        ):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Attribute)
                    and inner.attr == "from_dict"
                    and isinstance(inner.value, ast.Name)
                    and inner.value.id not in names
                ):
                    names.append(inner.value.id)
            break
    return tuple(getattr(module, name) for name in names if is_model(getattr(module, name, None)))


# ----------------------------------------------------------------------------------------------
# Requests
# ----------------------------------------------------------------------------------------------


def _to_json_value(value: Any) -> Any:
    """User values may be dicts, lists, generated models or views; produce plain JSON data."""
    cls = value.__class__
    if cls is str or cls is int or cls is float or cls is bool or value is None:
        return value
    if cls is list or cls is tuple:
        return [_to_json_value(v) for v in value]
    if cls is dict:
        return {k: _to_json_value(v) for k, v in value.items()}
    raw = getattr(value, "_raw", None)
    if raw is not None:
        return raw
    if hasattr(value, "to_dict") and is_model(cls):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_to_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _to_json_value(v) for k, v in value.items()}
    return value


def to_file(value: Any, name: str) -> Any:
    """bytes, a path, a binary file object or a ``(filename, content[, mime])`` tuple -> ``File``."""
    from venice_api.types import File

    if isinstance(value, File):
        return value
    if isinstance(value, tuple) and 2 <= len(value) <= 3:
        filename, content = value[0], value[1]
        mime = value[2] if len(value) == 3 else None
        payload = io.BytesIO(content) if isinstance(content, (bytes, bytearray)) else content
        return File(payload=payload, file_name=filename, mime_type=mime)
    if isinstance(value, (bytes, bytearray)):
        return File(payload=io.BytesIO(value), file_name=name)
    if isinstance(value, (str, os.PathLike)):
        # Read now: an open handle would outlive the request (and retries need the bytes again).
        path = Path(value)
        return File(payload=io.BytesIO(path.read_bytes()), file_name=path.name)
    if hasattr(value, "read"):
        return File(payload=value, file_name=os.path.basename(str(getattr(value, "name", name))))
    raise TypeError(f"argument {name!r} must be bytes, a path, a binary file or a (filename, bytes) tuple")


def build_request(
    info: OperationInfo, arguments: Mapping[str, Any], *, siwx: str | None = None
) -> RequestOptions:
    """Validate ``arguments`` and build the request; ``TypeError`` / ``ValueError`` before any I/O."""
    name = info.method_path
    values: dict[str, Any] = {}
    call: dict[str, Any] = {}
    unknown: list[str] = []
    for key, value in arguments.items():
        if key in CALL_OPTIONS:
            call[key] = value
            continue
        canonical = info.aliases.get(key)
        if canonical is None:
            if key == "body" and info.body_annotation is not None and info.body_model is None:
                canonical = "body"
            else:
                unknown.append(key)
                continue
        if canonical in values:
            raise TypeError(f"{name}() got multiple values for argument {canonical!r}")
        values[canonical] = value
    if unknown:
        raise TypeError(
            f"{name}() got unexpected keyword argument(s) {', '.join(map(repr, unknown))}; "
            f"valid arguments: {', '.join(info.accepted())}"
        )
    if "sign_in_with_x" in info.params and "sign_in_with_x" not in values and siwx is not None:
        values["sign_in_with_x"] = siwx
    missing = [p for p in info.path_params if p not in values]
    missing += [p for p, required in info.params.items() if required and p not in values]
    chosen = _choose_model(info, values)
    if chosen is not None:
        missing += [f.attr for f in info.model_fields[chosen].values() if f.required and f.attr not in values]
    if info.body_required and info.body_model is None and "body" not in values:
        missing.append("body")
    if missing:
        raise TypeError(f"{name}() missing required argument(s): {', '.join(map(repr, missing))}")
    for path_param in info.path_params:
        value = values[path_param]
        if not isinstance(value, str):
            raise TypeError(f"{name}() argument {path_param!r} must be a str, not {type(value).__name__}")
        if not value:
            raise ValueError(f"{name}() argument {path_param!r} must be a non-empty string")
        check_path_segment(name, path_param, value)

    kwargs = {k: v for k, v in values.items() if k in info.params or k in info.path_params}
    body = _build_body(info, values)
    generated = info.module._get_kwargs(**kwargs, **({"body": body} if body is not None else {}))
    headers: dict[str, Any] = dict(generated.get("headers") or {})
    json_data: Any = generated.get("json")
    files: Any = generated.get("files")
    if files is not None and json_data is not None:
        # One model serving both encodings: multipart only when a file was given.
        if _has_file(body):
            json_data = None
        else:
            files = None
            headers["Content-Type"] = "application/json"
    if files is not None:
        headers.pop("Content-Type", None)  # httpx writes the multipart boundary itself
        files = multipart_parts(body.to_dict())
    extra_body = call.get("extra_body")
    if extra_body:
        if isinstance(json_data, dict):
            json_data = {**json_data, **_to_json_value(extra_body)}
        elif files is not None:
            files = [*files, *multipart_parts(_to_json_value(extra_body))]
        else:
            json_data = _to_json_value(extra_body)
    headers.update(call.get("extra_headers") or {})
    params = dict(generated.get("params") or {})
    params.update(call.get("extra_query") or {})
    return RequestOptions(
        method=generated["method"],
        url=generated["url"],
        params={k: v for k, v in params.items() if v is not None} or None,
        headers=headers,
        json=json_data,
        files=files,
        timeout=call.get("timeout", NOT_GIVEN),
    )


def _is_file_input(value: Any) -> bool:
    """One file as ``to_file`` takes it (a ``str`` is never one here: it may be a URL or base64)."""
    from venice_api.types import File

    if isinstance(value, tuple):
        return (
            2 <= len(value) <= 3
            and isinstance(value[0], str)
            and (isinstance(value[1], (bytes, bytearray)) or hasattr(value[1], "read"))
        )
    return isinstance(value, (bytes, bytearray, os.PathLike, File)) or hasattr(value, "read")


def _is_binary_input(value: Any) -> bool:
    """A file, or a list of values with at least one file in it (e.g. ``images=[path, bytes]``)."""
    if isinstance(value, (list, tuple)) and not _is_file_input(value):
        return any(map(_is_file_input, value))
    return _is_file_input(value)


def _choose_model(info: OperationInfo, values: Mapping[str, Any]) -> type | None:
    """Among the body models, the multipart one if a file is given, else the first (JSON) one."""
    if len(info.body_models) <= 1:
        return info.body_model
    binary = any(
        _is_binary_input(v) for k, v in values.items() if k in info.body_fields and not isinstance(v, str)
    )
    for model in info.body_models:
        if hasattr(model, "to_multipart") == binary:
            return model
    return info.body_models[0]


def _has_file(body: Any) -> bool:
    from venice_api.types import File

    def is_file(value: Any) -> bool:
        return isinstance(value, File) or (
            isinstance(value, list) and any(isinstance(v, File) for v in value)
        )

    return any(is_file(getattr(body, f.name)) for f in model_fields(type(body)))


_FormPart = tuple[str, Any]


def multipart_parts(fields: Mapping[str, Any]) -> list[_FormPart]:
    """The multipart form of a body's JSON values (a model's ``to_dict``, where files are
    ``(name, payload, mime)`` tuples), the way OpenAPI 3.0 encodes form data: a file is a file part;
    a primitive is a text part in its JSON spelling (``true``/``false``, ``1.5``; a string as is);
    an array of primitives or files is one part per item under the same name (the default
    ``style: form, explode: true``); an object, or an array holding objects, is one part of JSON
    text (``application/json``, the default content type of complex values). ``None`` is left out:
    a form has no null."""
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
    if isinstance(value, tuple):  # File.to_tuple(): (file_name, payload, mime_type)
        return value
    if isinstance(value, str):
        return (None, value.encode(), "text/plain")
    if isinstance(value, (bool, int, float)):
        return (None, json.dumps(value).encode(), "text/plain")
    return (None, json.dumps(value).encode(), "application/json")


class _CheckedJSON:
    """Base of the stand-ins for a body already checked to be acceptable, plain JSON: an instance
    of a subclass of the generated model (``_get_kwargs`` may test ``isinstance``) whose
    ``to_dict`` returns the data as given, so no attrs object is built and no ``to_dict`` runs."""

    __slots__ = ()
    _wire: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self._wire


_CHECKED_CLASSES: dict[type, type] = {}


def _checked_json(model: type, data: dict[str, Any]) -> Any:
    cls = _CHECKED_CLASSES.get(model)
    if cls is None:
        cls = _CHECKED_CLASSES[model] = type(
            f"Checked{model.__name__}", (_CheckedJSON, model), {"__slots__": ("_wire",)}
        )
    obj: Any = object.__new__(cls)
    obj._wire = data
    return obj


def _build_body(info: OperationInfo, values: dict[str, Any]) -> Any:
    """The body object for ``_get_kwargs``, validated before any I/O.

    A plain-JSON body that the check derived from the generated model accepts (``body_check``:
    it accepts only what the generated ``from_dict`` accepts) is passed through as is. Any other
    body is built by the generated ``from_dict``, whose errors become ``TypeError`` here.
    """
    model = _choose_model(info, values)
    if model is None:
        return _raw_body(info, values["body"]) if "body" in values else None
    specs = info.model_fields[model]
    data: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for attr, spec in specs.items():
        if attr not in values:
            continue
        value = values[attr]
        if spec.is_list and not (spec.accepts_str and isinstance(value, str)):
            items = value if isinstance(value, (list, tuple)) and not _is_file_input(value) else [value]
            files[attr] = [to_file(item, spec.key) for item in items]
            data[spec.key] = [b""] * len(items)  # placeholders for from_dict; replaced below
        elif spec.is_file and not (spec.accepts_str and isinstance(value, str)):
            files[attr] = to_file(value, spec.key)
            data[spec.key] = b""  # placeholder for from_dict; replaced by the real File below
        else:
            data[spec.key] = _to_json_value(value)
    json_only = not files and not hasattr(model, "to_multipart")
    accepted = body_check(model)(data)
    if accepted and json_only:
        return _checked_json(model, data)
    if not accepted:
        # The generated from_dict checks neither primitive types nor closed objects: say what is
        # wrong here, before any I/O; when the check is only unsure, from_dict judges below.
        problem = explain(model, data)
        if problem is not None:
            raise TypeError(f"{info.method_path}(): {problem}")
    try:
        body = typing.cast(Any, model).from_dict(data)
    except TypeError as exc:
        raise TypeError(f"{info.method_path}(): {exc}") from exc
    except (KeyError, ValueError, AttributeError) as exc:
        raise TypeError(f"{info.method_path}(): invalid argument ({type(exc).__name__}: {exc})") from exc
    if json_only and is_json(data):
        # Accepted by from_dict and plain JSON: send it as given (to_dict would rebuild it).
        return _checked_json(model, data)
    for attr, file in files.items():
        setattr(body, attr, file)
    return body


def _raw_body(info: OperationInfo, value: Any) -> Any:
    """A body whose schema is a union (e.g. one JSON-RPC call or a batch): pick the member by shape."""
    data = _to_json_value(value)
    for member in union_members(info.body_annotation):
        if is_model(member) and isinstance(data, dict):
            return member.from_dict(data)
        if typing.get_origin(member) is list and isinstance(data, list):
            (item,) = typing.get_args(member)
            return [item.from_dict(x) if is_model(item) else x for x in data]
    raise TypeError(f"{info.method_path}(): argument 'body' has the wrong shape")


# ----------------------------------------------------------------------------------------------
# Responses
# ----------------------------------------------------------------------------------------------

JSON_TYPES = ("application/json",)


def media_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", "")).partition(";")[0].strip().lower()


def body_kind(response: httpx.Response) -> str:
    """``"json"``, ``"sse"``, ``"text"`` or ``"binary"``, by the response's content type."""
    media = media_type(response)
    if media == "text/event-stream":
        return "sse"
    if not media or media in JSON_TYPES or media.endswith("+json"):
        return "json"
    if media.startswith("text/"):
        return "text"
    return "binary"


def parse_json(info: OperationInfo, response: httpx.Response) -> Any:
    """Decode a read JSON body into a view of the operation's success model."""
    return to_view(info.response_models, decode_success_body(response, expect_json=True))


def to_view(models: tuple[type, ...], data: Any) -> Any:
    if isinstance(data, dict) and models:
        if len(models) == 1:
            return view(models[0], data)
        from ._views import _union_converter

        converter = _union_converter(models)
        return converter(data) if converter else wrap_unknown(data)
    if isinstance(data, list) and models:
        return [view(models[-1], item) if isinstance(item, dict) else item for item in data]
    return wrap_unknown(data)


@functools.cache
def model_class(name: str) -> type:
    """A generated model class by name, importing only its module."""
    from ._views import _MODELS_PACKAGE, _model_index

    module = _model_index()[name]
    return typing.cast(type, getattr(importlib.import_module(f"{_MODELS_PACKAGE}.{module}"), name))
