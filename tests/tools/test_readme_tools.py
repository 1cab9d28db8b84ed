"""Every ``python`` example of the tools sections (README, docs/) runs against the loopback fake Venice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _docs import python_blocks
from loopback import API_KEY, LoopbackVenice


def tools_section_examples() -> list[str]:
    return python_blocks("tools")


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
            compile(tools_section_examples()[index], f"docs tools example {index}", "exec"),
            {"__name__": "x"},
        )
        assert server.stats.requests, "the example sent no request"
