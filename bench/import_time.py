"""Import time of ``venice`` next to ``openai``, and import + first chat call, each in fresh processes;
median and spread of several runs, against the targets.

Bytecode is written once before measuring and used by every run (``PYTHONDONTWRITEBYTECODE`` is
removed from the children's environment), as in any installed package.

Targets: ``import venice`` under 100 ms; import + client + first ``chat.completions.create`` over an
in-process transport under 150 ms.

Run: .venv/bin/python bench/import_time.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

RUNS = 11
IMPORT_TARGET_MS = 100.0
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


def main() -> None:
    venice_ms = measure(SNIPPET.format(module="venice"))
    openai_ms = measure(SNIPPET.format(module="openai"))
    first = measure(FIRST_CALL)
    print(f"medians of {RUNS} fresh processes (min-max)")
    spread, met = f"({venice_ms[1]:.1f}-{venice_ms[2]:.1f})", verdict(venice_ms[0], IMPORT_TARGET_MS)
    print(f"import venice            : {venice_ms[0]:7.1f} ms {spread}  {met}")
    print(f"import openai            : {openai_ms[0]:7.1f} ms ({openai_ms[1]:.1f}-{openai_ms[2]:.1f})")
    print(f"ratio venice / openai    : {venice_ms[0] / openai_ms[0]:7.2f}x")
    print(
        f"import + first chat call : {first[0]:7.1f} ms ({first[1]:.1f}-{first[2]:.1f})  "
        f"{verdict(first[0], FIRST_CALL_TARGET_MS)}"
    )


if __name__ == "__main__":
    main()
