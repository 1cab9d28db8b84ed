"""The command line in a real terminal (tmux): tokens appear as they stream, progress bars are drawn.

Each test runs ``python -m venice ...`` in a detached tmux session on a private socket, reads the
screen with ``capture-pane`` while the command runs, and stops only the tmux server it started.
``.ci/run`` installs tmux when it is missing.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from _pinned import requires
from loopback import API_KEY, MP4, LoopbackVenice

# Before 2026-04-13 POST /video/queue made image-to-video only: a reference image was required.
IMAGE = ["--image-url", "https://example.com/cat.png"] if requires("POST /video/queue", "image_url") else []


class Terminal:
    def __init__(self, socket: str) -> None:
        binary = shutil.which("tmux")
        if binary is None:
            raise RuntimeError("tmux is not installed: run .ci/run, or apt-get install tmux")
        self._tmux = [binary, "-L", socket]

    def run(self, server: LoopbackVenice, args: list[str], cwd: Path) -> None:
        env = {
            "VENICE_API_KEY": API_KEY,
            "VENICE_BASE_URL": server.base_url,
            "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        }
        assignments = [f"{k}={shlex.quote(v)}" for k, v in env.items()]
        venice = [shlex.quote(sys.executable), "-m", "venice", *map(shlex.quote, args)]
        command = " ".join(
            ["cd", shlex.quote(str(cwd)), "&&", "env", *assignments, *venice, "; echo EXIT=$?; sleep 120"]
        )
        subprocess.run(
            [*self._tmux, "new-session", "-d", "-s", "main", "-x", "140", "-y", "20", command], check=True
        )

    def screen(self) -> str:
        return subprocess.run(
            [*self._tmux, "capture-pane", "-p", "-t", "main"], capture_output=True, text=True, check=True
        ).stdout

    def wait_for(self, seen: Callable[[str], bool], timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if seen(screen):
                return screen
            time.sleep(0.02)
        raise AssertionError(f"not seen within {timeout} s; the screen was:\n{self.screen()}")

    def interrupt(self) -> None:
        subprocess.run([*self._tmux, "send-keys", "-t", "main", "C-c"], check=True)

    def close(self) -> None:
        subprocess.run([*self._tmux, "kill-server"], capture_output=True, check=False)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(f"venice-tools-test-{os.getpid()}")
    try:
        yield term
    finally:
        term.close()


def test_chat_tokens_appear_on_the_terminal_while_they_stream(terminal: Terminal, tmp_path: Path) -> None:
    words = "one two three four five six seven eight nine ten"
    with LoopbackVenice(chunk_delay=0.25) as server:
        terminal.run(server, ["chat", "-m", "m", words], tmp_path)
        partial = terminal.wait_for(lambda screen: "echo: one" in screen)
        assert "ten" not in partial  # the first words are shown before the last one was sent
        final = terminal.wait_for(lambda screen: "EXIT=" in screen)
    assert f"echo: {words}" in final
    assert "EXIT=0" in final


def test_video_progress_bar_shows_status_share_and_elapsed_time(terminal: Terminal, tmp_path: Path) -> None:
    with LoopbackVenice(job_polls=8) as server:
        terminal.run(
            server,
            ["video", "a cat", "-m", "wan-2.5", "-o", "cat.mp4", "--poll-interval", "0.3", *IMAGE],
            tmp_path,
        )
        drawing = terminal.wait_for(lambda screen: "video PROCESSING" in screen and "%" in screen)
        final = terminal.wait_for(lambda screen: "EXIT=" in screen)
    bar = next(line for line in drawing.splitlines() if "video PROCESSING" in line)
    assert "0:00:0" in bar  # elapsed time
    assert any(c in bar for c in "━╸")  # the bar itself
    assert "video done" in final and "100%" in final and "wrote cat.mp4" in final
    assert "EXIT=0" in final
    assert (tmp_path / "cat.mp4").read_bytes() == MP4


def test_batch_progress_bar_shows_count_rate_and_eta(terminal: Terminal, tmp_path: Path) -> None:
    with open(tmp_path / "in.jsonl", "w") as file:
        for n in range(300):
            body = {"model": "m", "messages": [{"role": "user", "content": f"{n}"}]}
            file.write(
                json.dumps({"custom_id": f"r{n}", "method": "POST", "url": "/chat/completions", "body": body})
                + "\n"
            )
    with LoopbackVenice(limit=100, window=1.0) as server:
        terminal.run(server, ["batch", "in.jsonl", "-o", "out.jsonl"], tmp_path)
        drawing = terminal.wait_for(lambda screen: "/300" in screen and "req/s" in screen)
        final = terminal.wait_for(lambda screen: "EXIT=" in screen)
    bar = next(line for line in drawing.splitlines() if "/300" in line)
    assert "batch" in bar and "ETA" in bar and "failed" in bar
    assert "300/300" in final
    assert "300 succeeded, 0 failed" in final and "EXIT=0" in final


def test_ctrl_c_while_polling_prints_the_command_that_resumes_the_job(
    terminal: Terminal, tmp_path: Path
) -> None:
    with LoopbackVenice(job_polls=1000) as server:
        terminal.run(
            server,
            ["video", "a cat", "-m", "wan-2.5", "-o", "cat.mp4", "--poll-interval", "0.2", *IMAGE],
            tmp_path,
        )
        terminal.wait_for(lambda screen: "video PROCESSING" in screen)
        terminal.interrupt()
        final = terminal.wait_for(lambda screen: "EXIT=" in screen)
    queue_id = next(line.split()[2] for line in final.splitlines() if line.startswith("video job "))
    assert f"Resume with: venice video --resume {queue_id} --model wan-2.5 -o cat.mp4" in " ".join(
        final.split()
    )
    assert "EXIT=130" in final and "Traceback" not in final


def test_ctrl_c_during_a_batch_says_how_to_resume(terminal: Terminal, tmp_path: Path) -> None:
    with open(tmp_path / "in.jsonl", "w") as file:
        for n in range(300):
            body = {"model": "m", "messages": [{"role": "user", "content": f"{n}"}]}
            line = {"custom_id": f"r{n}", "method": "POST", "url": "/chat/completions", "body": body}
            file.write(json.dumps(line) + "\n")
    with LoopbackVenice(limit=50, window=1.0) as server:
        terminal.run(server, ["batch", "in.jsonl", "-o", "out.jsonl"], tmp_path)
        terminal.wait_for(lambda screen: any(10 <= int(n) < 300 for n in re.findall(r"(\d+)/300", screen)))
        terminal.interrupt()
        final = terminal.wait_for(lambda screen: "EXIT=" in screen)
    assert "rerun the same command to send the rest" in final and "EXIT=130" in final
    done = len((tmp_path / "out.jsonl").read_text().splitlines())
    assert 0 < done < 300
    assert f"{done} of 300 done" in final
