"""A full disk under ``venice batch`` and under a download, on a real size-limited file system.

A tmpfs of ``--size`` KiB is mounted (this needs root, or a container allowing ``mount``; without
it the script says so and stops: the tests use ``RLIMIT_FSIZE`` and an injected ENOSPC instead).
Then:

1. a 2,000-request batch writes its output there until the file system is full: printed are the
   exit status, the message, and whether the output is whole JSON lines;
2. the tmpfs is grown (``mount -o remount,size=``: space freed) and the same command rerun:
   printed are its exit status and the results lost / duplicated (goal 0 / 0);
3. ``venice tts -o`` into the file system filled up: printed are the exit
   status and whether any file (target or partial) was left (goal: none).

Run: .venv/bin/python bench/batch_disk_full.py [--requests 2000] [--size 256]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "tools"))
from batch_files import write_requests
from loopback import API_KEY, LoopbackVenice


def whole_lines(path: Path) -> bool:
    data = path.read_bytes()
    try:
        for line in data.splitlines():
            json.loads(line)
    except ValueError:
        return False
    return data.endswith(b"\n")


def mount(point: Path, size_kib: int, *, remount: bool = False) -> bool:
    options = f"{'remount,' if remount else ''}size={size_kib}k"
    command = ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)]
    return subprocess.run(command, capture_output=True).returncode == 0


def fill(path: Path) -> None:
    """Write ``path`` until the file system is full."""
    with open(path, "wb", buffering=0) as file:
        try:
            while True:
                file.write(b"\0" * 512)
        except OSError:
            pass


def venice(server: LoopbackVenice, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VENICE_")}
    env.update(VENICE_API_KEY=API_KEY, VENICE_BASE_URL=server.base_url)
    return subprocess.run([sys.executable, "-m", "venice", *args], env=env, capture_output=True, text=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--size", type=int, default=256, help="KiB of the small file system")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        point, source = Path(tmp) / "small", Path(tmp) / "in.jsonl"
        point.mkdir()
        if not mount(point, args.size):
            print("cannot mount a tmpfs here (needs root): nothing measured")
            return 0
        try:
            write_requests(source, args.requests)
            out = point / "out.jsonl"
            with LoopbackVenice() as server:
                full = venice(server, "batch", str(source), "-o", str(out), "--no-progress")
                written = out.read_bytes().count(b"\n")
                print(f"tmpfs of {args.size} KiB, {args.requests} requests:")
                print(f"  full disk : exit {full.returncode}, {written} lines, whole {whole_lines(out)}")
                print(f"              {full.stderr.strip()}")
                mount(point, args.size * 64, remount=True)
                rerun = venice(server, "batch", str(source), "-o", str(out), "--no-progress")
                ids = [json.loads(line)["custom_id"] for line in out.read_text().splitlines()]
                lost, duplicated = args.requests - len(set(ids)), len(ids) - len(set(ids))
                print(f"  resumed   : exit {rerun.returncode}, lost {lost}, duplicated {duplicated}")
                out.unlink()
                mount(point, 8, remount=True)
                fill(point / "filler")
                tts = venice(server, "tts", "hello", "-o", str(point / "speech.mp3"))
                left = sorted(p.name for p in point.iterdir() if p.name != "filler")
                print(f"  download  : exit {tts.returncode}, files left {left}; {tts.stderr.strip()}")
        finally:
            subprocess.run(["umount", str(point)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
