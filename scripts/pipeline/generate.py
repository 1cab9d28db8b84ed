"""Run openapi-python-client on an overlaid spec and read back what it produced.

Besides the generator's own output, the package gets from the pipeline `py.typed`,
`spec_extensions.json` (the resolved `x-venice-*` extensions the ergonomic layer reads at runtime),
`spec_info.json` (the spec's `info.version`, sha256 and operation count, exposed as
`venice.__spec_version__` and friends) and the typed surface (`params.py`, `responses.py`,
`operations.py`: see `surface.py`).
The generator runs in a scratch directory outside the repository (so formatting never depends on the
output location), with the committed config `openapi-python-client.yaml` and the one derived custom
template (`templates.py`). Its warnings are collected, never hidden. `generated_operations` is read
from the generated endpoint modules themselves (the method and URL each one sends), not from the spec.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import extensions, templates
from .specio import dump_json, iter_operations

ROOT = Path(__file__).resolve().parents[2]
CONFIG_PATH = ROOT / "openapi-python-client.yaml"
PACKAGE = "venice_api"
EXTENSIONS_FILE = "spec_extensions.json"
SPEC_INFO_FILE = "spec_info.json"

_WARNING_START = re.compile(r"^(WARNING|Unable to|Cannot|Invalid|Attempted|Skipping|.* not in PATH)")
_DISPATCH = re.compile(r"if content_type in \([^)]*\):\s*return [^\n]*")
_KWARGS = re.compile(r'"method": "(?P<method>\w+)",\s*"url": "(?P<url>[^"]+)"')


@dataclass
class Generation:
    ok: bool
    package_dir: Path
    warnings: list[str] = field(default_factory=list)
    output: str = ""


def _generator_command() -> list[str]:
    return [sys.executable, "-m", "openapi_python_client"]


def parse_warnings(output: str) -> list[str]:
    """One line per generator warning: its header joined with the detail line that follows it."""
    lines = [line.rstrip() for line in output.splitlines()]
    found = []
    for index, line in enumerate(lines):
        if not _WARNING_START.match(line):
            continue
        detail = next((nxt for nxt in lines[index + 1 : index + 3] if nxt.strip()), "")
        if detail and not _WARNING_START.match(detail) and not detail.startswith(("{", "Failure")):
            line = f"{line} {detail.strip()}"
        found.append(line)
    return found


def run_generator(doc: dict[str, Any], scratch: Path) -> Generation:
    """Generate the package for `doc` under `scratch` and return where it is and what was said."""
    scratch.mkdir(parents=True, exist_ok=True)
    spec_path = scratch / "openapi.json"
    spec_path.write_text(dump_json(doc), encoding="utf-8")
    template_dir = templates.write_custom_templates(scratch / "templates")
    out = scratch / "pkg" / PACKAGE
    if out.exists():
        shutil.rmtree(out)
    # PYTHONHASHSEED: the generator orders case-colliding literal enum values ("auto", "Auto") through a
    # set, so without a fixed seed two runs emit them in different orders.
    env = dict(
        os.environ,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        PYTHONHASHSEED="0",
    )
    command = [
        *_generator_command(),
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(CONFIG_PATH),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--custom-template-path",
        str(template_dir),
    ]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, cwd=scratch, check=False)
    output = proc.stdout + proc.stderr
    ok = proc.returncode == 0 and (out / "__init__.py").is_file()
    if ok:
        (out / "py.typed").write_text("", encoding="utf-8")  # PEP 561: the generated code is fully annotated
    return Generation(ok=ok, package_dir=out, warnings=parse_warnings(output), output=output)


def operation_shape(operation: str) -> str:
    """`"GET /x/{walletAddress}"` -> `"GET /x/{}"`: the generator renames path parameters to snake_case."""
    return re.sub(r"\{[^}]*\}", "{}", operation)


def generated_operations(package_dir: Path, spec_operations: list[str]) -> dict[str, Path]:
    """`"METHOD /path"` -> endpoint module, read from the `_get_kwargs` of every generated module.

    Each module's method and URL template are matched to the spec operation of the same shape, so the
    result names operations as the spec does; a module matching no spec operation keeps its own URL.
    """
    by_shape = {operation_shape(op): op for op in spec_operations}
    found = {}
    for module in sorted((package_dir / "api").rglob("*.py")):
        match = _KWARGS.search(module.read_text(encoding="utf-8"))
        if match:
            sent = f"{match['method'].upper()} {match['url']}"
            found[by_shape.get(operation_shape(sent), sent)] = module
    return found


def write_spec_facts(
    doc: dict[str, Any], info_version: str, sha256: str, operations: int, facts_dir: Path
) -> None:
    """`spec_info.json`: which spec the package was generated from (`info.version` alone is not unique
    upstream, the sha256 of the spec file is); `spec_extensions.json`: the resolved `x-venice-*`
    extensions the ergonomic layer reads at runtime."""
    facts_dir.mkdir(parents=True, exist_ok=True)
    info = {"info_version": info_version, "sha256": sha256, "operations": operations}
    (facts_dir / SPEC_INFO_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    extract = extensions.extract(doc)
    (facts_dir / EXTENSIONS_FILE).write_text(
        json.dumps(extract, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def _status_blocks(source: str) -> dict[str, str]:
    """The code of `_parse_response` per status code (`"200"` -> block text)."""
    body = source.split("def _parse_response", 1)[-1].split("def _build_response", 1)[0]
    parts = re.split(
        r"\n    if (?:response\.status_code == (\d+)|(\d+) <= response\.status_code <= \d+):", body
    )
    blocks = {}
    for index in range(1, len(parts) - 2, 3):
        status = parts[index] or parts[index + 1]
        blocks[status] = parts[index + 2].split("\n    if client.raise_on_unexpected_status", 1)[0]
    return blocks


def _kind(media_type: str) -> str:
    if media_type == "application/json" or media_type.endswith("+json"):
        return "json"
    return "text" if media_type.startswith("text/") else "binary"


def unreturnable_content_types(doc: dict[str, Any], operations: dict[str, Path]) -> list[str]:
    """Declared response content types that the generated function for that operation cannot return."""
    missing = []
    for method, path, op in iter_operations(doc):
        module = operations.get(f"{method} {path}")
        blocks = _status_blocks(module.read_text(encoding="utf-8")) if module else {}
        for status, response in (op.get("responses") or {}).items():
            content = (response or {}).get("content") or {}
            block = blocks.get(str(status))
            for media_type in content:
                kind = _kind(media_type.lower())
                if block is None:
                    covered = False
                elif f'"{media_type.lower()}"' in block:
                    covered = True
                else:
                    # What the block does when no content-type dispatch matched: the generator's choice.
                    fallback = _DISPATCH.sub("", block)
                    covered = {
                        "json": "response.json()" in fallback,
                        "text": "response.text" in fallback,
                        "binary": "response.content" in fallback,
                    }[kind]
                if not covered:
                    missing.append(f"{method} {path} {status} {media_type}")
    return missing
