"""One representative call per operation (and per body variant), built from the spec alone.

A ``Call`` holds the keyword arguments for the bound method (path, query and required header
parameters under the generated Python names, body fields under their JSON names) and what the
request must look like. Variants: ``json`` (or the only content type), ``multipart`` (a real file
upload, for operations that accept multipart/form-data) and ``stream`` (``stream=True`` on operations
that declare text/event-stream).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import httpx
from _oas import SpecSchemas
from _spec import Operation
from _values import PNG_1X1, representative
from openapi_python_client.strings import snake_case

JSON = "application/json"
MULTIPART = "multipart/form-data"
SSE = "text/event-stream"


@dataclass
class Call:
    operation: Operation
    variant: str
    kwargs: dict[str, Any]
    path: str
    content_type: str | None
    body_schema: Any = None
    file_fields: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.operation.operation_id}-{self.variant}"


def _is_binary(schemas: SpecSchemas, schema: Any) -> bool:
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict):
        return False
    if schema.get("format") == "binary":
        return True
    if schema.get("type") == "array":
        return _is_binary(schemas, schema.get("items") or {})
    return any(_is_binary(schemas, m) for k in ("anyOf", "oneOf") for m in schema.get(k) or [])


def _without_binary(schemas: SpecSchemas, schema: Any) -> Any:
    """The schema with ``format: binary`` union members removed (for a JSON body)."""
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    for key in ("anyOf", "oneOf"):
        if key in out:
            out[key] = [m for m in out[key] if not (isinstance(m, dict) and m.get("format") == "binary")]
    if "properties" in out:
        out["properties"] = {k: _without_binary(schemas, v) for k, v in out["properties"].items()}
    if "allOf" in out:
        out["allOf"] = [_without_binary(schemas, m) for m in out["allOf"]]
    return out


def _object_properties(schemas: SpecSchemas, schema: Any) -> dict[str, Any]:
    schema = schemas.resolve(schema)
    props = dict(schema.get("properties") or {})
    for member in schema.get("allOf") or []:
        props.update(_object_properties(schemas, member))
    return props


def _params(schemas: SpecSchemas, op: Operation) -> tuple[dict[str, Any], str]:
    kwargs: dict[str, Any] = {}
    path = op.path
    for param in op.parameters("path"):
        schema = param.get("schema") or {"type": "string"}
        example = param.get("example")
        valid = example is not None and not schemas.errors(schema, example)
        value = str(example if valid else representative(schemas, schema) or "x")
        kwargs[snake_case(param["name"])] = value
        path = path.replace("{" + param["name"] + "}", value)
    for param in op.parameters("query"):
        value = param.get("example")
        if value is None or schemas.errors(param.get("schema") or {}, value):
            value = representative(schemas, param.get("schema") or {})
        if value is not None and not schemas.errors(param.get("schema") or {}, value):
            kwargs[snake_case(param["name"])] = _python_value(schemas, param.get("schema") or {}, value)
    for param in op.parameters("header"):
        if param.get("required"):
            kwargs[snake_case(param["name"])] = str(param.get("example") or "header-value")
    return kwargs, path


def _python_value(schemas: SpecSchemas, schema: Any, value: Any) -> Any:
    """``date-time`` / ``date`` parameters are passed as the Python objects the bindings type them as."""
    fmt = schemas.resolve(schema).get("format")
    if fmt == "date-time" and isinstance(value, str):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if fmt == "date" and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    return value


def _keywords(body: dict[str, Any]) -> dict[str, Any]:
    """Body fields as the methods' keyword arguments: JSON keys in snake case (`apiKeyType` ->
    `api_key_type`), the generator's rule, which the bindings follow."""
    return {snake_case(key): value for key, value in body.items()}


def calls_for(schemas: SpecSchemas, op: Operation) -> list[Call]:
    params, path = _params(schemas, op)
    content = op.request_content
    if not content:
        return [Call(op, "plain", params, path, None)]
    calls = []
    if JSON in content:
        schema = content[JSON]["schema"]
        json_schema = _without_binary(schemas, schema)
        body = representative(schemas, json_schema)
        is_object = "properties" in schemas.resolve(schema) or "allOf" in schemas.resolve(schema)
        body_kwargs = _keywords(body) if is_object and isinstance(body, dict) else {"body": body}
        calls.append(Call(op, "json", {**params, **body_kwargs}, path, JSON, json_schema))
        responses_200 = (op.responses().get("200") or {}).get("content") or {}
        if SSE in responses_200 and isinstance(body, dict):
            calls.append(
                Call(op, "stream", {**params, **body_kwargs, "stream": True}, path, JSON, json_schema)
            )
    if MULTIPART in content:
        schema = content[MULTIPART]["schema"]
        props = _object_properties(schemas, schema)
        files = [name for name, sub in props.items() if _is_binary(schemas, sub)]
        body = representative(schemas, _without_binary(schemas, schema)) or {}
        for name in files:
            upload = (f"{name}.png", PNG_1X1, "image/png")
            body[name] = [upload] if schemas.resolve(props[name]).get("type") == "array" else upload
        calls.append(Call(op, "multipart", {**params, **_keywords(body)}, path, MULTIPART, schema, files))
    return calls


# ----------------------------------------------------------------------------------------------
# Checking a captured request
# ----------------------------------------------------------------------------------------------


def _coerce(schemas: SpecSchemas, schema: Any, text: str) -> Any:
    """A form field or query value (text) read as the JSON value its schema describes."""
    schema = schemas.resolve(schema)
    kinds = {schema.get("type")} if isinstance(schema, dict) else set()
    for key in ("anyOf", "oneOf"):
        kinds |= {schemas.resolve(m).get("type") for m in (schema.get(key) or [])}
    for kind in ("integer", "number", "boolean", "object", "array"):
        if kind in kinds:
            try:
                value = json.loads(text)
            except ValueError:
                continue
            if not schemas.errors(schema, value):
                return value
    return text


def multipart_fields(request: httpx.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    fields: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if part.get_filename() is not None:
            files[str(name)] = payload
        else:
            fields[str(name)] = payload.decode()
    return fields, files


def check_request(schemas: SpecSchemas, call: Call, request: httpx.Request, prefix: str) -> list[str]:
    """Every way ``request`` departs from the spec for ``call``; empty when it conforms."""
    op = call.operation
    problems = []
    if request.method != op.method:
        problems.append(f"method {request.method}, spec says {op.method}")
    if request.url.path != prefix + call.path:
        problems.append(f"path {request.url.path!r}, spec says {prefix + call.path!r}")
    declared = {p["name"]: p for p in op.parameters("query")}
    seen = {}
    for key, value in request.url.params.multi_items():
        param = declared.get(key)
        if param is None:
            problems.append(f"query parameter {key!r} is not in the spec")
            continue
        schema = param.get("schema") or {}
        if schemas.resolve(schema).get("type") == "array":
            seen.setdefault(key, []).append(value)
        else:
            seen[key] = _coerce(schemas, schema, value)
    for key, value in seen.items():
        problems += [
            f"query {key}={value!r}: {e}" for e in schemas.errors(declared[key].get("schema") or {}, value)
        ]
    problems += [
        f"required query parameter {n!r} missing"
        for n, p in declared.items()
        if p.get("required") and n not in seen
    ]
    problems += [
        f"required header {p['name']!r} missing"
        for p in op.parameters("header")
        if p.get("required") and p["name"] not in request.headers
    ]
    media = request.headers.get("content-type", "").partition(";")[0].strip()
    if call.content_type is None:
        if request.content:
            problems.append(f"sent a body ({media}) but the spec declares none")
        return problems
    if media not in op.request_content:
        problems.append(f"content type {media!r} is not one of the spec's {sorted(op.request_content)}")
        return problems
    if media != call.content_type:
        problems.append(f"content type {media!r}, expected {call.content_type!r} for this call")
    schema = op.request_content[media]["schema"]
    if media == JSON:
        body = json.loads(request.content)
    else:
        fields, files = multipart_fields(request)
        props = _object_properties(schemas, schema)
        body = {k: _coerce(schemas, props.get(k, {}), v) for k, v in fields.items()}
        for name in call.file_fields:
            if name not in files:
                problems.append(f"file field {name!r} not sent as a file part")
            elif files[name] != PNG_1X1:
                problems.append(f"file field {name!r} content altered")
        for name in files:
            is_array = schemas.resolve(props.get(name, {})).get("type") == "array"
            body[name] = ["<file>"] if is_array else "<file>"
    problems += [f"body {e}" for e in schemas.errors(schema, body)]
    if call.variant == "stream" and body.get("stream") is not True:
        problems.append('stream=True did not send "stream": true')
    return problems
