"""``operation_for`` (the batch's one lookup from a spec path to an operation) and what
``import venice`` must not import (the tools are optional extras)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from venice._binding._operations import method_paths, operation_for


def test_every_operation_is_found_from_its_own_method_and_path() -> None:
    from venice._generated.operation_table import OPERATIONS as TABLE

    for operation_id, entry in TABLE.items():
        names = re.findall(r"\{(\w+)\}", entry["path"])
        path = re.sub(r"\{(\w+)\}", lambda m: f"value-of-{m.group(1)}", entry["path"])
        match = operation_for(entry["method"].lower(), path)
        assert match is not None, (operation_id, path)
        assert match.operation_id == operation_id
        assert match.path_params == {name: f"value-of-{name}" for name in names}
        assert operation_id in method_paths()


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/api_keys/rate_limits", "getApiKeyRateLimits"),  # a literal segment beats {id}
        ("GET", "/api_keys/abc123", "getApiKeyById"),
        ("POST", "/models", None),  # the path exists, the method does not
        ("GET", "/characters/a/b", None),  # a parameter never spans segments
        ("POST", "/chat/completions/", None),
    ],
)
def test_lookup_edge_cases(method: str, path: str, expected: str | None) -> None:
    match = operation_for(method, path)
    assert (match.operation_id if match else None) == expected


def test_import_venice_imports_none_of_the_tools() -> None:
    code = "import sys, venice; print('\\n'.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    for name in ("venice.cli", "venice.batch", "venice.ratelimit", "venice.http_clients", "redis", "rich",
                 "aiohttp", "httpx_aiohttp", "httpcore2", "venice_api.models"):  # fmt: skip
        assert name not in loaded, f"import venice imported {name}"
