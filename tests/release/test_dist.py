"""`make dist`, and the built wheel installed into a fresh virtualenv, as a user gets it.

The wheel is built by `scripts/dist.py` (a clean copy of the tree, `python -m build`, `twine check`),
installed with pip into a new virtualenv (its dependencies come from the package index), and then:
the install and offline examples of the README and docs/ run with it against a loopback fake Venice,
and the runtime dependencies it declares are compared with what its installed modules import.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from _docs import python_blocks

ROOT = Path(__file__).resolve().parents[2]


def load_fake_venice() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fake_venice", ROOT / "tests" / "faults" / "fake_venice.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tree_state() -> set[str]:
    """What a build could leave behind in the working tree."""
    patterns = ("build", "*.egg-info", "src/*.egg-info", "generated/*.egg-info")
    return {str(path) for pattern in patterns for path in ROOT.glob(pattern)}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, subprocess.CompletedProcess[str]]]:
    outdir = tmp_path_factory.mktemp("dist")
    before = tree_state()
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "dist.py"), "--outdir", str(outdir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert tree_state() == before, "the build wrote into the working tree"
    yield outdir, proc


@pytest.fixture(scope="module")
def installed(
    dist: tuple[Path, subprocess.CompletedProcess[str]], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The python of a fresh virtualenv with the built wheel installed."""
    outdir, proc = dist
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (wheel,) = outdir.glob("*.whl")
    env_dir = tmp_path_factory.mktemp("venv")
    venv.create(env_dir, with_pip=True, clear=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    return python


def run_in(python: Path, code: str, **env: str) -> subprocess.CompletedProcess[str]:
    # -I: no PYTHONPATH, no current directory on sys.path, no user site: only what the venv installed.
    return subprocess.run(
        [str(python), "-I", "-c", code],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **env},
        cwd=python.parent,
        check=False,
    )


def test_dist_builds_an_sdist_and_a_wheel_that_twine_accepts(
    dist: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    outdir, proc = dist
    assert proc.returncode == 0, proc.stdout + proc.stderr
    names = sorted(path.name for path in outdir.iterdir())
    version = subprocess.run(
        [sys.executable, "-c", "import venice; print(venice.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert names == [f"venice_bindings-{version}-py3-none-any.whl", f"venice_bindings-{version}.tar.gz"]
    assert proc.stdout.count("PASSED") == 2


def test_the_wheel_is_the_installed_package_and_knows_its_spec(installed: Path) -> None:
    proc = run_in(
        installed,
        "import json, venice, venice_api; print(json.dumps([venice.__file__, venice_api.__file__,"
        " venice.__version__, venice.__spec_version__, venice.__spec_sha256__, venice.__spec_operations__]))",
    )
    assert proc.returncode == 0, proc.stderr
    venice_file, api_file, version, spec_version, sha256, operations = json.loads(proc.stdout)
    site = str(installed.parent.parent)
    assert venice_file.startswith(site) and api_file.startswith(site)
    lock = json.loads((ROOT / "spec" / "lock.json").read_text(encoding="utf-8"))
    assert (spec_version, sha256) == (lock["info_version"], lock["sha256"])
    assert operations > 0 and re.fullmatch(r"\d+\.\d+\.\d+", version)


def install_section_examples() -> list[str]:
    """The offline sections' code (it starts its own offline Venice), then the install section's, whose
    last example prints the spec facts."""
    return python_blocks("offline") + python_blocks("install")


def test_the_readme_install_examples_run_with_the_installed_wheel_on_a_loopback_server(
    installed: Path,
) -> None:
    examples = install_section_examples()
    assert len(examples) >= 2
    with load_fake_venice().FakeVenice() as fake:
        for code in examples:
            proc = run_in(installed, code, VENICE_API_KEY="sk-wheel", VENICE_BASE_URL=fake.base_url)
            assert proc.returncode == 0, proc.stderr
        assert [(r["method"], r["path"]) for r in fake.requests] == [("POST", "/api/v1/chat/completions")]
        assert fake.requests[0]["headers"]["Authorization"] == "Bearer sk-wheel"
    spec_info = json.loads(
        (ROOT / "src" / "venice" / "_generated" / "spec_info.json").read_text(encoding="utf-8")
    )
    assert proc.stdout.split()[1:] == [
        spec_info["info_version"],
        spec_info["sha256"],
        str(spec_info["operations"]),
    ]


# Run inside the fresh virtualenv: every module the distribution installed, parsed; imports under
# `if TYPE_CHECKING:` are for type checkers only and need no runtime dependency. Declared are the
# requirements and the extras' (`[cli]`, `[redis]`, `[aiohttp]`), which the optional modules import.
IMPORT_GRAPH = r"""
import ast, json, re, sys
from importlib import metadata

dist = metadata.distribution("venice-bindings")
own = {str(f).split("/")[0] for f in dist.files if str(f).endswith(".py")}
imported = {}
for file in dist.files:
    if not str(file).endswith(".py"):
        continue
    tree = ast.parse(file.read_text(encoding="utf-8"))
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top not in own and top not in sys.stdlib_module_names:
                imported.setdefault(top, str(file))
providers = metadata.packages_distributions()
normal = lambda name: re.sub(r"[-_.]+", "-", name).lower()
# An optional extra's package is not installed here: its import name stands for its distribution.
needed = sorted({normal(providers.get(top, [top])[0]) for top in imported})
declared = sorted(normal(re.split(r"[ ;<>=!~\[]", req, maxsplit=1)[0]) for req in dist.requires or [])
print(json.dumps({"imported": imported, "needed": needed, "declared": declared}))
"""


def test_declared_runtime_dependencies_are_exactly_what_the_installed_code_imports(installed: Path) -> None:
    proc = run_in(installed, IMPORT_GRAPH)
    assert proc.returncode == 0, proc.stderr
    graph = json.loads(proc.stdout)
    assert graph["needed"] == graph["declared"], graph["imported"]
    assert graph["declared"], "no runtime dependency at all cannot be right: the client needs httpx"
