"""Batch input files, the ``venice batch`` command and its output, for the batch tests."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from loopback import API_KEY, LoopbackVenice

CHAT = "/api/v1/chat/completions"


def write_requests(path: Path, count: int, *, extra: tuple[str, ...] = (), prefix: str = "r") -> None:
    with open(path, "w") as file:
        for n in range(count):
            body = {"model": "m", "messages": [{"role": "user", "content": f"{prefix} request {n}"}]}
            line = {"custom_id": f"{prefix}{n}", "method": "POST", "url": CHAT, "body": body}
            file.write(json.dumps(line) + "\n")
        for line in extra:
            file.write(line + "\n")


def batch_command(server: LoopbackVenice, *args: str) -> tuple[list[str], dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VENICE_")}
    env.update(VENICE_API_KEY=API_KEY, VENICE_BASE_URL=server.base_url)
    return [sys.executable, "-m", "venice", "batch", *args], env


def results(path: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    by_id = {line["custom_id"]: line for line in lines}
    assert len(by_id) == len(lines), "a custom_id has two result lines"
    return by_id


def line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def input_and_output(directory: Path, count: int) -> tuple[Path, Path]:
    """``in.jsonl`` with ``count`` chat requests, and the path of its output ``out.jsonl``."""
    source, out = directory / "in.jsonl", directory / "out.jsonl"
    write_requests(source, count)
    return source, out


def sent_prompts(server: LoopbackVenice) -> list[str]:
    """The prompt of every chat request the server received (needs ``record=True``)."""
    return [json.loads(r["body"])["messages"][0]["content"] for r in server.stats.requests]
