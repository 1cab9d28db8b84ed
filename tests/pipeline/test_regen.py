"""The regeneration entry point: the pinned spec is generated perfectly, and problems are named."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pipeline import regen
from pipeline.pull import Lock
from pipeline.specio import dump_json, load_spec

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pinned_report(pinned_spec: Path) -> regen.Report:
    return regen.run(pinned_spec, None, strict=True)


def test_pinned_spec_generates_every_operation_cleanly(pinned_report: regen.Report) -> None:
    report = pinned_report
    assert report.errors == []
    assert report.info_version == Lock.read().info_version
    assert report.spec_operations
    assert report.generated_operations == sorted(report.spec_operations)
    assert "POST /chat/completions" in report.generated_operations
    assert report.generator_warnings == []
    assert report.broken_overlay_actions == []
    assert report.unreturnable_content_types == []
    assert report.imported_modules > len(report.spec_operations)  # a module per operation, and models


def overlays_plus(tmp_path: Path, name: str, actions: str) -> Path:
    """The committed overlays and one more, `name` with `actions` (YAML), in a scratch directory."""
    overlays = tmp_path / "overlays"
    shutil.copytree(ROOT / "overlays", overlays)
    header = f"overlay: 1.0.0\ninfo: {{title: {name}, version: 1.0.0}}\nactions:\n"
    (overlays / f"99-{name}.overlay.yaml").write_text(header + actions, encoding="utf-8")
    return overlays


def test_broken_overlay_action_fails_strict_and_warns_otherwise(
    pinned_spec: Path, pinned_report: regen.Report, tmp_path: Path
) -> None:
    overlays = overlays_plus(
        tmp_path,
        "stale",
        "  - target: $.paths['/removed/endpoint'].post\n"
        "    description: an endpoint Venice removed in this pretend spec\n"
        "    update: {operationId: gone}\n",
    )
    lenient = regen.run(pinned_spec, None, strict=False, overlay_dir=overlays)
    assert lenient.ok
    # The committed overlays' own unmatched actions (obsolete ones, on an older pinned spec), then this.
    assert lenient.unmatched_overlay_actions == [
        *pinned_report.unmatched_overlay_actions,
        {
            "file": "99-stale.overlay.yaml",
            "index": 0,
            "target": "$.paths['/removed/endpoint'].post",
            "description": "an endpoint Venice removed in this pretend spec",
        },
    ]
    (stale,) = [h for h in lenient.overlay_health if h["file"] == "99-stale.overlay.yaml"]
    assert stale["status"] == "broken" and stale["broken_actions"] == [0]
    strict = regen.run(pinned_spec, None, strict=True, overlay_dir=overlays)
    assert strict.errors == [
        "1 broken overlay actions: 99-stale.overlay.yaml action 0: "
        "target $.paths['/removed/endpoint'].post matched nothing; no x-venice-gap states the gap "
        "(an endpoint Venice removed in this pretend spec)"
    ]


def test_obsolete_overlay_is_reported_and_never_fails_strict(
    pinned_spec: Path, pinned_report: regen.Report, tmp_path: Path
) -> None:
    overlays = overlays_plus(
        tmp_path,
        "fixed",
        "  - target: $.paths['/removed/endpoint'].post\n"
        "    description: an endpoint Venice removed, and with it the gap\n"
        "    x-venice-gap: $.paths['/removed/endpoint']\n"
        "    update: {operationId: gone}\n"
        "  - target: $.paths['/models'].get\n"
        "    description: an operationId Venice now declares itself\n"
        "    update: {operationId: listModels}\n",
    )
    report = regen.run(pinned_spec, None, strict=True, overlay_dir=overlays)
    assert report.errors == [] and report.broken_overlay_actions == []
    (fixed,) = [h for h in report.overlay_health if h["file"] == "99-fixed.overlay.yaml"]
    assert fixed["status"] == "obsolete" and fixed["obsolete_actions"] == [0, 1]
    assert [a["gap_found"] for a in fixed["actions"]] == [0, None]
    others = [h for h in report.overlay_health if h["file"] != "99-fixed.overlay.yaml"]
    assert others == pinned_report.overlay_health  # the committed overlays fare as they do alone


def test_unreturnable_content_type_is_reported(pinned_spec: Path, tmp_path: Path) -> None:
    doc = load_spec(pinned_spec)
    doc["paths"]["/audio/speech"]["post"]["responses"]["200"]["content"] = {
        "audio/ogg": {"schema": {"type": "string", "format": "binary"}}
    }
    spec = tmp_path / "spec.json"
    spec.write_text(dump_json(doc), encoding="utf-8")
    report = regen.run(spec, None, strict=True)
    assert "POST /audio/speech 200 audio/ogg" in report.unreturnable_content_types
    assert any("audio/ogg" in warning for warning in report.generator_warnings)
    assert not report.ok


def test_cli_writes_the_report_and_exits_non_zero_on_failure(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.0\ninfo: {version: '1'}\npaths:\n  /a: {}\n  /a: {}\n", encoding="utf-8")
    report_path = tmp_path / "report.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "regen.py"),
            "--spec",
            str(bad),
            "--output",
            str(tmp_path / "out"),
            "--report",
            str(report_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    error_lines = [line for line in proc.stderr.splitlines() if line.startswith("regen: error:")]
    assert len(error_lines) == 1 and "duplicate key" in error_lines[0] and "line 5" in error_lines[0]
    report = json.loads(report_path.read_text())
    for key in (
        "info_version",
        "spec_operations",
        "generated_operations",
        "unmatched_overlay_actions",
        "generator_warnings",
    ):
        assert key in report
    assert report["ok"] is False
    assert not (tmp_path / "out").exists()


def test_missing_response_descriptions_are_repaired(pinned_spec: Path, tmp_path: Path) -> None:
    doc = load_spec(pinned_spec)
    del doc["paths"]["/models"]["get"]["responses"]["200"]["description"]
    spec = tmp_path / "spec.json"
    spec.write_text(dump_json(doc), encoding="utf-8")
    report = regen.run(spec, None, strict=True)
    assert report.ok, report.errors
    assert {"kind": "response_description", "location": "GET /models 200"} in report.normalisation_repairs
