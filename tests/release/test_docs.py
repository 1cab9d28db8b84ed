"""The documentation keeps its shape: the README is a quickstart and a map, every page is in the site's
navigation, and nothing the pages show as code escapes the tests that run it (tests/_docs.py finds the
sections; docs/development.md has the table of which test runs which)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _docs import PAGES, ROOT, blocks, outside_sections, read

# The sections a test runs: install (tests/release/test_dist.py), offline and client
# (tests/faults/test_readme_examples.py), tools (tests/tools/test_readme_tools.py), cli
# (tests/tools/test_readme_cli.py).
RUN = {"install", "offline", "client", "tools", "cli"}
COMMAND = re.compile(r"^\s*(?:[^|#]*\|\s*)?(?:venice|python -m venice)\b")
DOCS = sorted((ROOT / "docs").glob("*.md"))


def test_the_readme_is_a_quickstart_and_a_map() -> None:
    readme = read(ROOT / "README.md")
    assert len(readme.splitlines()) <= 400
    linked = set(re.findall(r"\]\(docs/([^)#]+\.md)(?:#[^)]*)?\)", readme))
    assert linked, "the README links no page of docs/"
    assert sorted(name for name in linked if not (ROOT / "docs" / name).exists()) == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_python_block_and_venice_command_is_run_by_a_test(page: Path) -> None:
    rest = outside_sections(read(page), RUN)
    assert blocks(rest, "python") == [], f"{page.name}: a Python block no test runs (mark it: tests/_docs.py)"
    commands = [line for block in blocks(rest, "sh") for line in block.splitlines() if COMMAND.match(line)]
    assert commands == [], f"{page.name}: commands no test runs"


def test_every_page_is_in_the_site_navigation() -> None:
    config = read(ROOT / "mkdocs.yml")
    nav = set(re.findall(r"^\s*- (?:[^:\n]+: )?([\w-]+\.md)\s*$", config, flags=re.M))
    assert nav == {page.name for page in DOCS}
