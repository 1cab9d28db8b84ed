"""Peak RSS while ``audio.speech.create(...).write_to_file()`` streams a 500 MB body from a local
server, measured in a fresh process (ru_maxrss), next to the same process idle after the import.

Run: .venv/bin/python bench/binary_rss.py [size_mb]
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

CHILD = """
import os, resource, sys
sys.path.insert(0, {bench!r})
from _server import start
import venice
server, url = start({size})
client = venice.Venice(api_key="k", base_url=url)
client.models  # namespaces
import venice_api.api.audio.create_speech  # imports done before measuring the baseline
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if {write}:
    client.audio.speech.create(model="tts-kokoro", input="x", voice="af_sky").write_to_file({path!r})
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(baseline, peak, os.path.getsize({path!r}) if {write} else 0)
"""


def measure(size: int, write: bool, path: str) -> tuple[int, int, int]:
    code = CHILD.format(bench=str(Path(__file__).parent), size=size, write=write, path=path)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]), int(out[1]), int(out[2])


def main() -> None:
    size_mb = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "speech.mp3")
        baseline, peak, written = measure(size_mb << 20, True, path)
    assert written == size_mb << 20, written
    print(f"body written          : {written / 2**20:.0f} MB")
    print(f"RSS after imports     : {baseline / 1024:.1f} MB")
    print(f"peak RSS while writing: {peak / 1024:.1f} MB (target < 80 MB)")
    _ = resource  # ru_maxrss is in KiB on Linux


if __name__ == "__main__":
    main()
