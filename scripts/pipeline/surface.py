"""Write the typed surface beside the generated package: `params.py` (request TypedDicts),
`responses.py` (response models) and `operations.py` (the operation table), all derived from the
overlaid spec, formatted like the generator's own output.

`to_model()` needs, for each top-level result, the generated attrs class of the same answer: it
is read here, at generation time, from the generated endpoint module (the pipeline may read what
the generator wrote; the runtime never does).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from . import bindings, naming, offline_answers, operation_table, params, responses
from .specio import iter_operations

FILES = ("params.py", "responses.py", "operations.py", "offline.py")
_FROM_DICT = re.compile(r"(\w+)\.from_dict\(")
_IMPORT = re.compile(r"from \.\.\.models\.(\w+) import \(?\s*(\w+)")


def generated_models(doc: dict[str, Any], modules: dict[str, Path], package: str) -> dict[str, str]:
    """Response class name -> `module:Class` of the generated model its operation's 200 parses into."""
    from .generate import _status_blocks

    _walk, results = responses.response_shapes(doc)
    found: dict[str, str] = {}
    for method, path, op in iter_operations(doc):
        module = modules.get(f"{method} {path}")
        expr = results.get(str(op.get("operationId")), {}).get("200", {}).get("application/json")
        name = responses.kind(expr) if expr is not None else None
        if module is None or not isinstance(name, str) or name in ("datetime", "date"):
            continue
        source = module.read_text(encoding="utf-8")
        match = _FROM_DICT.search(_status_blocks(source).get("200", ""))
        imports = dict((cls, mod) for mod, cls in _IMPORT.findall(source))
        if match and match.group(1) in imports:
            found.setdefault(name, f"{package}.models.{imports[match.group(1)]}:{match.group(1)}")
    return found


def write(doc: dict[str, Any], package_dir: Path, modules: dict[str, Path], names: naming.Names) -> None:
    """Write the three modules and the binding layer (`resources/`) into `package_dir`, formatted."""
    texts = {
        "params.py": params.render(doc),
        "responses.py": responses.render(doc, generated_models(doc, modules, package_dir.name)),
        "operations.py": operation_table.render(doc, names),
        "offline.py": offline_answers.render(doc, names),
    }
    texts.update({f"{bindings.PACKAGE}/{name}": text for name, text in bindings.render(doc, names).items()})
    (package_dir / bindings.PACKAGE).mkdir(exist_ok=True)
    for name, text in texts.items():
        (package_dir / name).write_text(text, encoding="utf-8")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    paths = [str(package_dir / name) for name in texts]
    ruff = [sys.executable, "-m", "ruff"]
    flags = ["--isolated", "--quiet", "--no-cache", "--target-version", "py311"]
    subprocess.run(
        [*ruff, "check", "--fix-only", *flags, "--select", "I,F401,UP", *paths], check=True, env=env
    )
    subprocess.run([*ruff, "format", *flags, *paths], check=True, env=env)


def public_types(doc: dict[str, Any]) -> dict[str, str]:
    """Where each public type of the typed surface comes from (JSON pointer of the schema it was first
    derived from) -> its name: response models and request TypedDicts (`...Param`)."""
    walk, _results = responses.response_shapes(doc)
    request = params.request_shapes(doc)
    for _method, _path, op in iter_operations(doc):
        if op.get("operationId"):
            params.operation_arguments(op, doc, request)
    found = {f"response {obj.pointer}": obj.name for obj in walk.types.values()}
    found.update({f"request {obj.pointer}": obj.name for obj in request.types.values()})
    return found


def type_name_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[str]]:
    """Public type names `added`, `removed` and `renamed` (`Old -> New`, same schema) from `old` to `new`."""
    before, after = public_types(old), public_types(new)
    renamed = sorted(
        f"{before[where]} -> {after[where]}"
        for where in before.keys() & after.keys()
        if before[where] != after[where]
    )
    kept = {after[w] for w in before.keys() & after.keys()} | {
        before[w] for w in before.keys() & after.keys()
    }
    return {
        "added": sorted(set(after.values()) - set(before.values()) - kept),
        "removed": sorted(set(before.values()) - set(after.values()) - kept),
        "renamed": renamed,
    }
