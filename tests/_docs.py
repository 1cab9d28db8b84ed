"""What the documentation shows, found by its markers: the README and the pages of `docs/`.

`<!-- section:NAME -->` ... `<!-- /section:NAME -->` marks blocks a test runs (the table in
docs/development.md says which test runs which marker). A marker may stand on several pages: its text
is read from each, in `PAGES` order, so the tests run every example wherever it now lives.
`<!-- example: examples/NAME.py -->` before a Python block says the block is that file, verbatim.
This module only finds text; it must not run anything.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_OPEN = re.compile(r"<!-- section:(?P<name>[\w-]+) -->\n")
_BLOCK = re.compile(r"^```(?P<lang>\w*)\n(?P<code>.*?)^```", re.S | re.M)
_EXAMPLE = re.compile(r"<!-- example: (?P<name>examples/\S+) -->\n```python\n(?P<code>.*?)```", re.S)


def read(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def spans(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of every marked section of `text`; sections may nest."""
    found = []
    for opening in _OPEN.finditer(text):
        closing = text.find(f"<!-- /section:{opening['name']} -->", opening.end())
        assert closing >= 0, f"<!-- section:{opening['name']} --> is never closed"
        found.append((opening["name"], opening.end(), closing))
    return found


def section(name: str) -> str:
    """The text of every `name` section, page after page; a test of an empty section must fail."""
    parts = [
        text[start:end] for text in map(read, PAGES) for found, start, end in spans(text) if found == name
    ]
    assert parts, f"no <!-- section:{name} --> in README.md or docs/*.md"
    return "\n".join(parts)


def blocks(text: str, lang: str) -> list[str]:
    """The fenced code blocks of `text` in language `lang`, in order."""
    return [m["code"] for m in _BLOCK.finditer(text) if m["lang"] == lang]


def python_blocks(name: str) -> list[str]:
    return blocks(section(name), "python")


def quoted_examples() -> list[tuple[str, str]]:
    """(`examples/NAME.py`, the code quoted under its marker) for every quote on every page."""
    return [(m["name"], m["code"]) for page in PAGES for m in _EXAMPLE.finditer(read(page))]


def outside_sections(text: str, names: set[str]) -> str:
    """`text` with its sections named in `names` blanked out."""
    kept = list(text)
    for name, start, end in spans(text):
        if name in names:
            kept[start:end] = " " * (end - start)
    return "".join(kept)
