"""Every ``python`` example of the README's client section runs against the local fake server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .fake_venice import FakeVenice

README = Path(__file__).resolve().parents[2] / "README.md"


def client_section_examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- section:client -->", 1)[1].split("<!-- /section:client -->", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_section_has_examples() -> None:
    assert len(client_section_examples()) >= 5


@pytest.mark.parametrize("index", range(len(client_section_examples())))
def test_readme_example_runs(
    index: int, fake: FakeVenice, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("VENICE_API_KEY", "sk-readme")
    monkeypatch.setenv("VENICE_BASE_URL", fake.base_url)
    monkeypatch.chdir(tmp_path)
    code = client_section_examples()[index]
    exec(compile(code, f"README example {index}", "exec"), {"__name__": "__readme__"})
    assert fake.requests, "the example sent no request"
