"""One direction between the packages, read from the import statements of the source files.

- ``venice_api`` (the generator's standalone client) imports nothing of ``venice``.
- The generated parts of ``venice`` (``resources``, ``types``, ``_generated``) import the engine
  only through ``venice._binding``, the one interface module.
- The generated resources reach the helpers above the bindings (``venice.lib``) only through
  ``venice.lib._methods``, the entry points of their helper methods (``parse``, ``stream``, ...).
- ``venice.lib`` builds on the typed surface (``venice.types``) and the engine, never on the
  resources (which import it), so the two never form a cycle.
- The engine (every private package of ``venice`` and the modules beside them) imports no generated
  module, nothing of ``venice.lib`` and nothing of ``venice_api``; the one exception is named below
  with its reason.
  (``to_model()`` imports a ``venice_api.models`` class by the name the generated models give it.)

A backward import anywhere fails here, with the file and line.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENICE = ROOT / "src" / "venice"
GENERATED_PARTS = ("resources", "types", "_generated")
ENGINE = ("_binding", "_core", "_errors", "_results", "_transports")
GENERATED_MODULES = tuple(f"venice.{part}" for part in GENERATED_PARTS)
# module -> what it may import backwards, and why.
ALLOWED = {
    # The engine reads the generated facts here and only here (lazily, once).
    "venice._binding._table": ("venice._generated", "venice.types"),
}


def module_name(path: Path) -> str:
    """``.../src/venice/_core/_x.py`` -> ``venice._core._x`` (and likewise under ``generated/``)."""
    parts = list(path.with_suffix("").parts)
    parts = parts[max(i for i, part in enumerate(parts) if part in ("src", "generated")) + 1 :]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports (absolute names; a relative import resolved)."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            yield node.lineno, module
            for alias in node.names:  # `from venice import _x` names a module too
                yield node.lineno, f"{module}.{alias.name}"


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_the_standalone_package_imports_nothing_of_venice() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in (ROOT / "generated" / "venice_api").rglob("*.py")
        for line, name in imports(path)
        if within(name, ("venice",))
    ]
    assert found == []


def test_generated_code_reaches_the_engine_only_through_the_binding_interface() -> None:
    found = []
    for part in GENERATED_PARTS:
        for path in (VENICE / part).rglob("*.py"):
            for line, name in imports(path):
                if (
                    within(name, ("venice",))
                    and not within(name, ("venice._binding", "venice.lib._methods", *GENERATED_MODULES))
                    and name != "venice.lib"  # `from venice.lib import _methods`
                ) or (
                    within(name, ("venice._binding",))
                    and name.count(".") > 1
                    and not name.startswith("venice._binding.")
                ):
                    found.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
                elif name.startswith("venice._binding._"):
                    found.append(f"{path.relative_to(ROOT)}:{line} imports {name} (use venice._binding)")
    assert found == []


def engine_files(venice: Path = VENICE) -> Iterator[Path]:
    for package in ENGINE:
        yield from (venice / package).rglob("*.py")
    yield from (path for path in venice.glob("_*.py") if path.name not in ("_client.py", "__init__.py"))


def engine_backward_imports(venice: Path = VENICE) -> list[str]:
    found = []
    for path in engine_files(venice):
        allowed = ALLOWED.get(module_name(path), ())
        for line, name in imports(path):
            if within(name, (*GENERATED_MODULES, "venice_api", "venice.lib")) and not within(name, allowed):
                found.append(f"{path.relative_to(venice.parent)}:{line} imports {name}")
    return found


def test_the_engine_imports_no_generated_module() -> None:
    assert engine_backward_imports() == []


@pytest.mark.parametrize("module", sorted(ALLOWED))
def test_each_allowed_backward_import_is_still_there(module: str) -> None:
    # An exception nobody needs any more goes from the list.
    path = ROOT / "src" / (module.replace(".", "/") + ".py")
    names = [name for _line, name in imports(path)]
    assert all(any(within(name, (allowed,)) for name in names) for allowed in ALLOWED[module])


def test_a_backward_import_is_caught(tmp_path: Path) -> None:
    # The check can fail: an engine module importing generated code, absolutely or relatively.
    bad = tmp_path / "src" / "venice" / "_core" / "_bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("from venice.types import ChatCompletion\nfrom .. import resources\n", encoding="utf-8")
    found = engine_backward_imports(tmp_path / "src" / "venice")
    assert "venice/_core/_bad.py:1 imports venice.types" in found
    assert "venice/_core/_bad.py:2 imports venice.resources" in found


def test_the_helpers_never_import_the_resources() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in (VENICE / "lib").rglob("*.py")
        for line, name in imports(path)
        if within(name, ("venice.resources", "venice._client"))
    ]
    assert found == []
