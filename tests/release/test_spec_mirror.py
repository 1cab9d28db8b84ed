"""`scripts/spec_mirror.py` rebuilds the mirror from an api-docs clone, verified by the manifest."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest
import spec_mirror
from pipeline.specio import SpecError

SPEC = (
    "openapi: 3.0.0\ninfo: {{title: t, version: '{version}'}}\npaths:\n  /a: {{get: {{responses: {{}}}}}}\n"
)


def commit(repo: Path, files: dict[str, str], when: str) -> str:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    env = dict(os.environ, GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when, TZ="UTC")
    ident = ["-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run(["git", *ident, "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", *ident, "commit", "-qm", "c"], cwd=repo, check=True, env=env)
    return subprocess.run(
        ["git", "rev-parse", "--short=8", "HEAD"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.fixture
def api_docs(tmp_path: Path) -> tuple[Path, list[dict[str, str]]]:
    repo = tmp_path / "api-docs"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    first = commit(repo, {"swagger.yaml": SPEC.format(version="1")}, "2026-01-02T03:04:05Z")
    models = json.dumps([{"id": "m1"}, {"id": "m2"}])
    second = commit(
        repo,
        {"swagger.yaml": SPEC.format(version="2"), "data/static-models.json": models},
        "2026-02-03T04:05:06Z",
    )

    def entry(path: str, rev: str, source: str, text: str) -> dict[str, str]:
        return {
            "path": path,
            "commit": rev,
            "source": source,
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
        }

    manifest = [
        entry(f"history/20260102T030405_{first}.yaml", first, "swagger.yaml", SPEC.format(version="1")),
        entry("swagger-2.yaml", second, "swagger.yaml", SPEC.format(version="2")),
        entry(f"models/20260203T040506_{second}.json", second, "data/static-models.json", models),
    ]
    return repo, manifest


def test_the_mirror_is_rebuilt_with_its_indexes(
    api_docs: tuple[Path, list[dict[str, str]]], tmp_path: Path
) -> None:
    repo, manifest = api_docs
    out = tmp_path / "mirror"
    assert spec_mirror.build(repo, out, manifest) == 3
    history = (out / "history" / "index.tsv").read_text(encoding="utf-8").splitlines()
    assert history[0] == spec_mirror.INDEX_HEADERS["history"]
    assert history[1].split("\t")[1:4] == ["2026-01-02T03:04:05Z", "1", "1"]
    models = (out / "models" / "index.tsv").read_text(encoding="utf-8").splitlines()
    assert models[1].split("\t")[1:3] == ["2026-02-03T04:05:06Z", "2"]
    assert (out / "swagger-2.yaml").read_text(encoding="utf-8") == SPEC.format(version="2")


def test_a_file_with_another_sha256_writes_nothing(
    api_docs: tuple[Path, list[dict[str, str]]], tmp_path: Path
) -> None:
    repo, manifest = api_docs
    manifest[-1]["sha256"] = "0" * 64
    out = tmp_path / "mirror"
    with pytest.raises(SpecError, match="has another sha256"):
        spec_mirror.build(repo, out, manifest)
    assert not out.exists()


def test_the_committed_manifest_lists_the_mirror_the_tests_use() -> None:
    from pipeline.pull import mirror_dir

    for entry in spec_mirror.read_manifest():
        assert hashlib.sha256((mirror_dir() / entry["path"]).read_bytes()).hexdigest() == entry["sha256"]
