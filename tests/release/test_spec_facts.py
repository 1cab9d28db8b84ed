"""The package says which spec it was generated from, and reading that costs no generated import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import venice

ROOT = Path(__file__).resolve().parents[2]


def test_spec_facts_are_the_pinned_spec_as_generated() -> None:
    lock = json.loads((ROOT / "spec" / "lock.json").read_text(encoding="utf-8"))
    from venice._generated.operation_table import OPERATIONS

    assert venice.__spec_version__ == lock["info_version"]
    assert venice.__spec_sha256__ == lock["sha256"]
    assert venice.__spec_operations__ == len(OPERATIONS) > 0


def test_reading_the_spec_facts_imports_no_generated_module() -> None:
    code = (
        "import json, sys, venice; venice.__spec_sha256__; "
        "print(json.dumps(sorted(m for m in sys.modules"
        " if m.startswith(('venice_api', 'venice._generated.')))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []  # the facts are read from JSON, no table loaded


def test_the_readme_starts_with_install_and_use_for_the_published_name() -> None:
    import tomllib

    name = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    headings = [line for line in readme.splitlines() if line.startswith("## ")]
    assert headings[:2] == ["## Install", "## Quickstart"]
    install = readme.split("<!-- section:install -->", 1)[1].split("<!-- /section:install -->", 1)[0]
    assert f"`pip install {name}`" in install
    # Above the install, the contributor's pointer: `make regen`, then `make test`.
    top = readme.split("## Install", 1)[0]
    assert 0 <= top.find("`make regen`") < top.find("`make test`")
