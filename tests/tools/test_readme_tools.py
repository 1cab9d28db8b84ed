"""Every ``python`` example of the README's tools section runs against the loopback fake Venice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from loopback import API_KEY, LoopbackVenice

README = Path(__file__).resolve().parents[2] / "README.md"


def tools_section_examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- section:tools -->", 1)[1].split("<!-- /section:tools -->", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_section_has_examples() -> None:
    assert len(tools_section_examples()) >= 3


@pytest.mark.parametrize("index", range(len(tools_section_examples())))
def test_readme_tools_example_runs(index: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with LoopbackVenice(record=True) as server:
        monkeypatch.setenv("VENICE_API_KEY", API_KEY)
        monkeypatch.setenv("VENICE_BASE_URL", server.base_url)
        monkeypatch.chdir(tmp_path)
        body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
        line = {"custom_id": "r1", "method": "POST", "url": "/chat/completions", "body": body}
        (tmp_path / "requests.jsonl").write_text(json.dumps(line) + "\n")
        exec(
            compile(tools_section_examples()[index], f"README tools example {index}", "exec"),
            {"__name__": "x"},
        )
        assert server.stats.requests, "the example sent no request"
