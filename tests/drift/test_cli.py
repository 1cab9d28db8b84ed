"""`scripts/drift.py OLD NEW --format json`: the documented JSON schema and the exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from specs_mirror import HISTORY, PAIR_0604, REPO

SCRIPT = REPO / "scripts" / "drift.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_json_output_has_the_documented_schema() -> None:
    proc = run(str(HISTORY / PAIR_0604[0]), str(HISTORY / PAIR_0604[1]), "--format", "json")
    assert proc.returncode == 2, proc.stderr
    data = json.loads(proc.stdout)
    assert list(data) == [
        "schema_version",
        "old_version",
        "new_version",
        "operations_added",
        "operations_removed",
        "changes",
        "documentation_changes",
        "summary",
    ]
    assert data["schema_version"] == 1
    assert [list(c) for c in data["changes"]] == [
        ["operation", "location", "kind", "breaking", "detail", "rule"]
    ] * 4
    assert data["summary"] == {
        "status": "breaking",
        "changes": 4,
        "breaking": 2,
        "non_breaking": 2,
        "operations_added": 0,
        "operations_removed": 0,
        "documentation_changes": 0,
    }


def test_unloadable_spec_exits_3(tmp_path: Path) -> None:
    not_openapi = tmp_path / "x.yaml"
    not_openapi.write_text("swagger: '2.0'\n", encoding="utf-8")
    proc = run(str(not_openapi), str(HISTORY / PAIR_0604[1]))
    assert proc.returncode == 3
    assert "not an OpenAPI 3.x document" in proc.stderr
