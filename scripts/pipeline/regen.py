"""The one regeneration path: spec -> normalise -> overlays -> generate -> verify -> install.

`run()` does the work and returns a report; `scripts/regen.py` is its command line. With `strict`, any
broken overlay action, generator warning, dropped operation, unreturnable content type or failed
import is an error (the pinned spec must be perfect); without it they are reported as warnings, which
is how arbitrary specs (history, drift candidates) are examined. Obsolete overlay actions (the gap is
fixed upstream, see `overlay`) are reported and never an error: an upstream fix must not fail a run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import api_reference, extensions, generate, naming, normalize, overlay, surface
from .specio import SpecError, iter_operations, load_spec, sha256_bytes

ROOT = Path(__file__).resolve().parents[2]
OVERLAY_DIR = ROOT / "overlays"
GENERATED_DIR = ROOT / "generated"
# Everything the pipeline writes, relative to the project root: the generator's standalone package,
# and the generated parts of the `venice` package (`surface.PARTS`). `install` replaces each whole.
VENICE = Path("src") / "venice"
API_REFERENCE = Path("docs") / "api.md"
OUTPUTS = (Path("generated") / generate.PACKAGE, *(VENICE / part for part in surface.PARTS), API_REFERENCE)

_IMPORT_ALL = """
import importlib, pkgutil, sys
import venice_api, venice
names = [m.name for m in pkgutil.walk_packages(venice_api.__path__, "venice_api.")]
for part in PARTS:
    names.append("venice." + part)
    package = importlib.import_module("venice." + part)
    names += [m.name for m in pkgutil.walk_packages(package.__path__, "venice." + part + ".")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


@dataclass
class Report:
    spec: str
    info_version: str = ""
    spec_operations: list[str] = field(default_factory=list)
    generated_operations: list[str] = field(default_factory=list)
    missing_operations: list[str] = field(default_factory=list)
    unmatched_overlay_actions: list[dict[str, Any]] = field(default_factory=list)
    overlay_health: list[dict[str, Any]] = field(default_factory=list)
    broken_overlay_actions: list[str] = field(default_factory=list)
    spec_sha256: str = ""
    normalisation_repairs: list[dict[str, str]] = field(default_factory=list)
    generator_warnings: list[str] = field(default_factory=list)
    unreturnable_content_types: list[str] = field(default_factory=list)
    imported_modules: int = 0
    # operationId -> method path the naming rule gave it (not in bindings.yaml): for a person to review
    derived_names: dict[str, str] = field(default_factory=dict)
    # bindings.yaml entries whose operation is no longer in the spec
    stale_names: dict[str, str] = field(default_factory=dict)
    # "METHOD /path" -> the method path of its binding, for every operation
    method_paths: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["ok"] = self.ok
        return data


def _import_all(root: Path) -> tuple[int, str]:
    """Import every generated module from the tree under `root` (as `install` lays it out), with the
    handwritten engine of this project beside the generated parts of `venice`."""
    assembled = root / "assembled"
    shutil.copytree(
        ROOT / VENICE,
        assembled / "venice",
        ignore=shutil.ignore_patterns("__pycache__", *surface.PARTS),
    )
    for part in surface.PARTS:
        shutil.copytree(root / VENICE / part, assembled / "venice" / part)
    path = [str(root / "generated"), str(assembled)]
    proc = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            f"import sys; sys.path[:0] = {path!r}\nPARTS = {surface.PARTS!r}\n{_IMPORT_ALL}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    shutil.rmtree(assembled)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return 0, last
    return int(proc.stdout.strip().splitlines()[-1]), ""


def install(scratch: Path, output: Path) -> None:
    """Replace each of `OUTPUTS` under the root `output` with its new version under `scratch`,
    leaving nothing stale behind."""
    for part in OUTPUTS:
        target = output / part
        if target.is_dir():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        if (scratch / part).is_file():
            shutil.copy2(scratch / part, target)
        else:
            shutil.copytree(scratch / part, target, ignore=shutil.ignore_patterns("__pycache__"))


def overlaid_spec_health(
    spec_path: Path, *, overlay_dir: Path = OVERLAY_DIR
) -> tuple[dict[str, Any], list[normalize.Repair], list[overlay.OverlayHealth]]:
    """The spec at `spec_path` as the generator sees it (normalised, overlaid, extensions resolved),
    with the health of every overlay on it."""
    doc = load_spec(spec_path)
    repairs = normalize.normalize(doc)
    health = overlay.apply_overlays(doc, overlay.load_overlay_dir(overlay_dir))
    extensions.resolve_model_feature_suffix(doc)
    return doc, repairs, health


def overlaid_spec(
    spec_path: Path, *, overlay_dir: Path = OVERLAY_DIR
) -> tuple[dict[str, Any], list[normalize.Repair], list[overlay.UnmatchedAction]]:
    """`overlaid_spec_health`, with the overlay actions whose target selected nothing."""
    doc, repairs, health = overlaid_spec_health(spec_path, overlay_dir=overlay_dir)
    return doc, repairs, overlay.unmatched_actions(health)


def run(
    spec_path: Path,
    output: Path | None,
    *,
    strict: bool,
    overlay_dir: Path = OVERLAY_DIR,
    naming_config: Path = naming.CONFIG_PATH,
) -> Report:
    """Regenerate from `spec_path`; install into the project root `output` (each of `OUTPUTS`) when given
    and the run is clean enough."""
    report = Report(spec=str(spec_path))
    try:
        doc, repairs, health = overlaid_spec_health(spec_path, overlay_dir=overlay_dir)
    except SpecError as exc:
        report.errors.append(str(exc))
        return report
    report.info_version = str(doc["info"]["version"])
    report.spec_sha256 = sha256_bytes(spec_path.read_bytes())
    report.normalisation_repairs = [r.as_dict() for r in repairs]
    report.unmatched_overlay_actions = [u.as_dict() for u in overlay.unmatched_actions(health)]
    report.overlay_health = [h.as_dict() for h in health]
    report.broken_overlay_actions = [str(action) for action in overlay.broken_actions(health)]
    report.spec_operations = [f"{method} {path}" for method, path, _ in iter_operations(doc)]
    try:
        names = naming.names_for(doc, naming_config)
    except SpecError as exc:
        report.errors.append(str(exc))
        return report
    report.derived_names, report.stale_names = dict(names.derived), dict(names.stale)
    report.method_paths = naming.by_route(doc, names)

    with tempfile.TemporaryDirectory(prefix="venice-regen-") as scratch:
        try:
            generation = generate.run_generator(doc, Path(scratch))
        except SpecError as exc:
            report.errors.append(str(exc))
            return report
        report.generator_warnings = generation.warnings
        if not generation.ok:
            tail = " | ".join(generation.output.strip().splitlines()[-3:])
            report.errors.append(f"generator failed: {tail}")
            return report
        operations = generate.generated_operations(generation.package_dir, report.spec_operations)
        tree = Path(scratch) / "tree"
        shutil.copytree(generation.package_dir, tree / OUTPUTS[0])
        surface.write(doc, generation.package_dir, operations, names, tree / VENICE)
        (tree / API_REFERENCE).parent.mkdir(parents=True, exist_ok=True)
        (tree / API_REFERENCE).write_text(api_reference.render(doc, names), encoding="utf-8")
        generate.write_spec_facts(
            doc,
            report.info_version,
            report.spec_sha256,
            len(report.spec_operations),
            tree / VENICE / "_generated",
        )
        report.generated_operations = sorted(operations)
        report.missing_operations = sorted(set(report.spec_operations) - set(operations))
        report.unreturnable_content_types = generate.unreturnable_content_types(doc, operations)
        report.imported_modules, import_error = _import_all(tree)
        if import_error:
            report.errors.append(f"generated package does not import: {import_error}")

        problems = {
            "broken overlay actions": report.broken_overlay_actions,
            "generator warnings": report.generator_warnings,
            "operations not generated": report.missing_operations,
            "response content types the generated package cannot return": report.unreturnable_content_types,
        }
        if strict:
            for name, items in problems.items():
                if items:
                    report.errors.append(f"{len(items)} {name}: " + "; ".join(items[:5]))
        if output is not None and report.ok:
            install(tree, output)
    return report
