"""Import time of ``venice`` next to ``openai``, and import + first chat call, each in fresh processes;
median and spread of several runs, against the targets.

Bytecode is written once before measuring and used by every run (``PYTHONDONTWRITEBYTECODE`` is
removed from the children's environment), as in any installed package.

Targets: ``import venice`` at most 60 ms, with the ``pydantic`` extra installed and without it (a child
where ``import pydantic`` fails, as when it is not installed: ``import venice`` never imports it, so
the two must match); import + client + first ``chat.completions.create`` over an in-process
transport under 150 ms. Also shown, without a target: import + the first ``chat.completions.parse``,
which pays for importing pydantic and writing the type's schema once.

Run: .venv/bin/python bench/import_time.py [--against REV]

``--against REV`` also measures the client at git revision ``REV`` (a temporary worktree), the two
interleaved run by run, so both see the same machine: e.g. ``--against 27e386d``, the engine that
read the generated source back.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = 11
IMPORT_TARGET_MS = 60.0
FIRST_CALL_TARGET_MS = 150.0
SNIPPET = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
# Import plus the first chat completion (over an in-process transport): what the lazy namespaces
# defer (the resource module, the typed surface, the operation table) is paid here, once.
FIRST_CALL = """
import time
t = time.perf_counter()
import httpx, venice
body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                     "message": {"role": "assistant", "content": "hi"}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
http_client = httpx.Client(transport=transport)
client = venice.Venice(api_key="k", base_url="http://127.0.0.1:9/api/v1", http_client=http_client)
reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
reply.choices[0].message.content
print(time.perf_counter() - t)
"""
# The same import in a process where pydantic cannot be imported (as if the extra were not installed).
WITHOUT_PYDANTIC = "import sys; sys.modules['pydantic'] = None; " + SNIPPET
# Import plus the first structured-output call: pydantic's import and the type's schema, paid once.
FIRST_PARSE = """
import time
t = time.perf_counter()
import dataclasses, httpx, venice
body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                     "message": {"role": "assistant", "content": '{"a": 1}'}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
http_client = httpx.Client(transport=transport)
client = venice.Venice(api_key="k", base_url="http://127.0.0.1:9/api/v1", http_client=http_client)

@dataclasses.dataclass
class A:
    a: int

reply = client.chat.completions.parse(
    model="m", messages=[{"role": "user", "content": "hi"}], response_format=A
)
assert reply.choices[0].message.parsed == A(1)
print(time.perf_counter() - t)
"""
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(code: str) -> tuple[float, float, float]:
    """(median, min, max) in ms over RUNS fresh processes, after one run that writes bytecode."""
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=ENV)
    times = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=ENV
        )
        times.append(float(out.stdout) * 1000)
    return statistics.median(times), min(times), max(times)


def verdict(value: float, target: float) -> str:
    return f"{'met' if value < target else 'MISSED'} (target < {target:.0f} ms)"


def against(revision: str) -> None:
    """First call and import, this tree and ``revision`` interleaved in one run."""
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="venice-bench-") as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(
            ["git", "-C", str(root), "worktree", "add", "-q", "--detach", str(tree), revision], check=True
        )
        try:
            other = dict(ENV, PYTHONPATH=f"{tree / 'src'}{os.pathsep}{tree / 'generated'}")
            runs: dict[str, list[float]] = {}
            for code in (FIRST_CALL, SNIPPET.format(module="venice")):
                for env in (other, ENV):
                    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=env)
            for _ in range(RUNS):
                for name, env in ((revision, other), ("this tree", ENV)):
                    for what, code in (
                        ("first call", FIRST_CALL),
                        ("import", SNIPPET.format(module="venice")),
                    ):
                        out = subprocess.run(
                            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
                        )
                        runs.setdefault(f"{what:10s} {name}", []).append(float(out.stdout) * 1000)
        finally:
            subprocess.run(["git", "-C", str(root), "worktree", "remove", "--force", str(tree)], check=False)
    for name, times in sorted(runs.items()):
        print(f"{name:30s}: {statistics.median(times):7.1f} ms ({min(times):.1f}-{max(times):.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", metavar="REV", help="also measure this git revision, interleaved")
    args = parser.parse_args()
    if args.against:
        against(args.against)
        return
    venice_ms = measure(SNIPPET.format(module="venice"))
    without_ms = measure(WITHOUT_PYDANTIC.format(module="venice"))
    openai_ms = measure(SNIPPET.format(module="openai"))
    first = measure(FIRST_CALL)
    first_parse = measure(FIRST_PARSE)
    print(f"medians of {RUNS} fresh processes (min-max)")
    spread, met = f"({venice_ms[1]:.1f}-{venice_ms[2]:.1f})", verdict(venice_ms[0], IMPORT_TARGET_MS)
    print(f"import venice            : {venice_ms[0]:7.1f} ms {spread}  {met}")
    spread, met = f"({without_ms[1]:.1f}-{without_ms[2]:.1f})", verdict(without_ms[0], IMPORT_TARGET_MS)
    print(f"  without pydantic       : {without_ms[0]:7.1f} ms {spread}  {met}")
    print(f"import openai            : {openai_ms[0]:7.1f} ms ({openai_ms[1]:.1f}-{openai_ms[2]:.1f})")
    print(f"ratio venice / openai    : {venice_ms[0] / openai_ms[0]:7.2f}x")
    print(
        f"import + first chat call : {first[0]:7.1f} ms ({first[1]:.1f}-{first[2]:.1f})  "
        f"{verdict(first[0], FIRST_CALL_TARGET_MS)}"
    )
    print(f"import + first parse     : {first_parse[0]:7.1f} ms ({first_parse[1]:.1f}-{first_parse[2]:.1f})")


if __name__ == "__main__":
    main()
