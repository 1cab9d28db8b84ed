"""Where each operation lives on the client: the naming config (`bindings.yaml`), and the rule that
names an operation the config does not list.

The config is the one decision a person makes per operation. An operation it does not list gets a
name by this rule, made to fit the names already chosen:

1. **Namespace**: the listed operations whose spec paths share the longest run of leading literal
   segments with the new path decide it, by majority (`POST /image/colorize` joins the `/image/*`
   operations in `images`; `GET /crypto/rpc/fees` joins `crypto.rpc`). A path no listed operation
   shares a first segment with gets a namespace of its own, its first segment in snake case.
2. **Method**: the literal segments after that shared run, in snake case (`colorize`,
   `usage_history`). If the path ends in a parameter, the method is the HTTP method's verb
   (`retrieve`, `create`, `update`, `delete`), followed by the singular of those segments if there
   are any (`GET /video/jobs/{queue_id}` -> `video.retrieve_job`). With no segments left and no
   parameter, the verb of a collection: `list`, `create`, `update`, `delete`.
3. **Clashes**: a name that is already a namespace becomes that namespace's collection verb
   (`POST /audio/speech` next to `audio.speech.*` -> `audio.speech.create`); a name already taken by
   a method (listed, derived earlier, or a helper) gets `_by_<parameter>` if the path ends in one
   (`DELETE /api_keys/{id}` next to `api_keys.delete` -> `api_keys.delete_by_id`), else the verb in
   front (`get_usage`), then a number.

Left out of the config one at a time, the rule gives 30 of the 49 names chosen by hand (measured
when it was written; `tests/pipeline/test_naming.py` holds it to at least half); the rest differ in
taste, not in place (`characters.reviews` for `characters.list_reviews`).

This module reads the config and the spec; it writes nothing and knows nothing of the runtime.
"""

from __future__ import annotations

import keyword
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .shapes import singular
from .specio import SpecError, iter_operations, parse_document

CONFIG_PATH = Path(__file__).resolve().parents[2] / "bindings.yaml"
# Attributes every namespace has: a method may not take one of these names.
RESERVED = frozenset({"with_raw_response", "with_streaming_response"})
_VERB_OF_ITEM = {"get": "retrieve", "post": "create", "put": "update", "patch": "update", "delete": "delete"}
_VERB_OF_COLLECTION = {
    "get": "list",
    "post": "create",
    "put": "update",
    "patch": "update",
    "delete": "delete",
}
_CLASH_PREFIX = {"get": "get", "post": "create", "put": "update", "patch": "update", "delete": "delete"}
# Helper kind -> the key of its config entry that names the operation it is built on.
HELPER_KINDS = {"wait": "polls", "parse": "of", "stream": "of", "run_tools": "of", "stream_tools": "of"}


@dataclass(frozen=True)
class Helper:
    """A method provided on top of an operation: `video.wait` polls `retrieveVideo` (the engine's);
    `chat.completions.parse` calls `createChatCompletion` and parses its answer (`venice.lib`'s).
    `format` names the argument that takes a Python type for the answer's format (parse, stream)."""

    method_path: str
    kind: str
    operation_id: str
    job: str = ""
    format: str = ""


@dataclass
class Names:
    """Every operation's method path, and what a person should look at."""

    methods: dict[str, str] = field(default_factory=dict)  # operationId -> method path
    derived: dict[str, str] = field(default_factory=dict)  # the part of `methods` the rule named
    stale: dict[str, str] = field(default_factory=dict)  # config entries whose operation is gone
    helpers: list[Helper] = field(default_factory=list)

    def namespaces(self) -> set[str]:
        paths = [*self.methods.values(), *(h.method_path for h in self.helpers)]
        return {".".join(p.split(".")[:i]) for p in paths for i in range(1, p.count(".") + 1)}


def load_config(path: Path = CONFIG_PATH) -> dict[str, Any]:
    try:
        config = parse_document(path.read_bytes(), source=path.name)
    except OSError as exc:
        raise SpecError(f"{path}: cannot read the naming config ({exc.strerror})") from None
    if not isinstance(config, dict):
        raise SpecError(f"{path.name}: the naming config is a mapping with `methods` and `helpers`")
    unknown = set(config) - {"methods", "helpers"}
    if unknown:
        raise SpecError(f"{path.name}: unknown top-level key(s) {sorted(unknown)}: use methods / helpers")
    return config


def snake(text: str) -> str:
    """`multi-edit` -> `multi_edit`, `usageHistory` -> `usage_history`, `2x` -> `op_2x`."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    name = "_".join(re.findall(r"[A-Za-z0-9]+", text)).lower()
    if not name or name[0].isdigit():
        name = "op_" + name
    return name + "_" if keyword.iskeyword(name) else name


def _segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s]


def _literal_prefix(path: str) -> list[str]:
    prefix = []
    for segment in _segments(path):
        if segment.startswith("{"):
            break
        prefix.append(segment)
    return prefix


def check_method_path(method_path: str, where: str) -> None:
    parts = method_path.split(".")
    for part in parts:
        if not part.isidentifier() or keyword.iskeyword(part) or part.startswith("_") or part != part.lower():
            raise SpecError(f"{where}: {method_path!r}: {part!r} is not a lower-case Python name")
    if len(parts) < 2:
        raise SpecError(f"{where}: {method_path!r} needs a namespace (e.g. 'images.{parts[0]}')")
    if parts[-1] in RESERVED:
        raise SpecError(f"{where}: {method_path!r}: {parts[-1]!r} is reserved for the namespace's modes")


def derive(method: str, path: str, named: dict[str, tuple[str, str]]) -> str:
    """The method path the rule gives `method path`, next to `named` (path -> (HTTP method, method
    path) of the operations already named); clashes are resolved by `assign`."""
    method = method.lower()
    literals = _literal_prefix(path)
    best, voters = 0, Counter[str]()
    for other_path, (_other_method, method_path) in named.items():
        other = _literal_prefix(other_path)
        shared = 0
        while shared < min(len(literals), len(other)) and literals[shared] == other[shared]:
            shared += 1
        if shared == 0:
            continue
        # The other operation's namespace, as deep as the shared run of segments reaches.
        namespace = ".".join(method_path.split(".")[:-1][:shared])
        if shared > best:
            best, voters = shared, Counter([namespace])
        elif shared == best:
            voters[namespace] += 1
    segments = _segments(path)
    if voters:
        namespace = voters.most_common(1)[0][0]
        consumed = min(best, namespace.count(".") + 1)  # path segments the namespace stands for
    else:
        namespace, consumed = (snake(literals[0]) if literals else "api"), 1
    rest = [s for s in segments[consumed:] if not s.startswith("{")]
    stem = snake("_".join(rest)) if rest else ""
    ends_in_parameter = bool(segments) and segments[-1].startswith("{")
    if ends_in_parameter:
        verb = _VERB_OF_ITEM.get(method, method)
        name = f"{verb}_{snake(singular(stem))}" if stem else verb
    else:
        name = stem or _VERB_OF_COLLECTION.get(method, method)
    return f"{namespace}.{name}"


def _free(method_path: str, taken: set[str], namespaces: set[str]) -> bool:
    return method_path not in taken and method_path not in namespaces


def assign(doc: dict[str, Any], config: dict[str, Any]) -> Names:
    """Every operation of `doc` named: by the config where it lists the operation, else by the rule."""
    methods_config: dict[str, str] = dict(config.get("methods") or {})
    operations = [
        (m, p, str(op["operationId"])) for m, p, op in iter_operations(doc) if op.get("operationId")
    ]
    present = {op_id for _, _, op_id in operations}
    names = Names(stale={k: v for k, v in methods_config.items() if k not in present})
    named: dict[str, tuple[str, str]] = {}
    for method, path, op_id in operations:
        if op_id in methods_config:
            method_path = str(methods_config[op_id])
            check_method_path(method_path, f"bindings.yaml methods.{op_id}")
            names.methods[op_id] = method_path
            named.setdefault(path, (method, method_path))
    for key, entry in (config.get("helpers") or {}).items():
        check_method_path(str(key), f"bindings.yaml helpers.{key}")
        entry = dict(entry or {})
        kind = entry.get("kind")
        if kind not in HELPER_KINDS:
            raise SpecError(f"bindings.yaml helpers.{key}: kind must be one of {sorted(HELPER_KINDS)}")
        base = entry.get(HELPER_KINDS[kind])
        if base not in present:
            continue  # its operation left the spec: the helper goes with it (reported as stale)
        names.helpers.append(
            Helper(str(key), str(kind), str(base), str(entry.get("job", "")), str(entry.get("format", "")))
        )
    taken = {*names.methods.values(), *(h.method_path for h in names.helpers)}
    for method, path, op_id in operations:
        if op_id in names.methods:
            continue
        candidate = derive(method, path, named)
        namespace, _, name = candidate.rpartition(".")
        verb = _CLASH_PREFIX.get(method.lower(), method.lower())
        inside = _VERB_OF_COLLECTION.get(method.lower(), method.lower())
        options = [candidate]
        if candidate in names.namespaces():  # `POST /audio/speech` next to `audio.speech.*`
            options.append(f"{candidate}.{inside}")
        last = _segments(path)[-1] if _segments(path) else ""
        if last.startswith("{"):  # `DELETE /api_keys/{id}` next to `DELETE /api_keys`
            options.append(f"{candidate}_by_{snake(last.strip('{}'))}")
        if not name.startswith(verb):
            options.append(f"{namespace}.{verb}_{name}")
        options += [f"{namespace}.{name}_{n}" for n in range(2, 100)]
        chosen = next(o for o in options if _free(o, taken, names.namespaces()))
        names.methods[op_id] = names.derived[op_id] = chosen
        taken.add(chosen)
        named.setdefault(path, (method, chosen))
    _check_unique(names)
    return names


def _check_unique(names: Names) -> None:
    seen: dict[str, str] = {}
    for op_id, method_path in names.methods.items():
        if method_path in seen:
            raise SpecError(f"bindings.yaml: {seen[method_path]} and {op_id} are both named {method_path!r}")
        seen[method_path] = op_id
    for helper in names.helpers:
        if helper.method_path in seen:
            raise SpecError(
                f"bindings.yaml: helper {helper.method_path!r} clashes with {seen[helper.method_path]}"
            )
    clashes = sorted(set(seen) & names.namespaces())
    if clashes:
        raise SpecError(f"bindings.yaml: {clashes[0]!r} is both a method and a namespace")


def names_for(doc: dict[str, Any], config_path: Path = CONFIG_PATH) -> Names:
    return assign(doc, load_config(config_path))


def by_route(doc: dict[str, Any], names: Names) -> dict[str, str]:
    """`"POST /image/colorize"` -> its method path, for every named operation of `doc` (the keys the
    drift report and the CHANGELOG use)."""
    return {
        f"{method} {path}": names.methods[str(op["operationId"])]
        for method, path, op in iter_operations(doc)
        if op.get("operationId") in names.methods
    }


def follow_upstream(
    text: str, before: dict[str, str], after: dict[str, str]
) -> tuple[str, dict[str, str], list[str]]:
    """The naming config's text kept in step with a spec update, line by line (comments and order
    stay): an operation whose operationId changed on the same route keeps its method (its line is
    re-keyed), and the line of an operation that left the spec is deleted. `before` and `after` map
    "METHOD /path" -> operationId in the old and the new spec. Returns the new text, the renames
    (old -> new operationId) and the deleted operationIds."""
    present = set(after.values())
    renames = {
        before[route]: after[route]
        for route in before.keys() & after.keys()
        if before[route] and after[route] and before[route] != after[route] and before[route] not in present
    }
    gone = set(before.values()) - present - set(renames)
    lines, deleted = [], []
    in_methods = False
    for line in text.splitlines(keepends=True):
        if not line.startswith((" ", "\t")) and line.strip():
            in_methods = line.startswith("methods:")
        entry = re.match(r"^(\s+)(\w+):(.*)$", line) if in_methods else None
        if entry and entry[2] in renames:
            line = f"{entry[1]}{renames[entry[2]]}:{entry[3]}" + ("\n" if line.endswith("\n") else "")
        elif entry and entry[2] in gone:
            deleted.append(entry[2])
            continue
        lines.append(line)
    return "".join(lines), renames, sorted(deleted)


def route_ids(doc: dict[str, Any]) -> dict[str, str]:
    """ "METHOD /path" -> operationId ("" when missing) of every operation of `doc`."""
    return {f"{method} {path}": str(op.get("operationId") or "") for method, path, op in iter_operations(doc)}
