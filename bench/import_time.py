"""Import time of ``venice`` next to ``openai``, each in fresh processes; median of several runs.

Run: .venv/bin/python bench/import_time.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys

RUNS = 11
SNIPPET = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
# Import plus the first chat completion (over an in-process transport): what lazy namespaces and the
# lazy generated models defer is paid here, once, for the operations actually used.
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


def measure(code: str) -> float:
    times = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout))
    return statistics.median(times) * 1000


def main() -> None:
    results = {m: measure(SNIPPET.format(module=m)) for m in ("venice", "openai")}
    first_call = measure(FIRST_CALL)
    print(f"import venice            : {results['venice']:7.1f} ms (median of {RUNS} fresh processes)")
    print(f"import openai            : {results['openai']:7.1f} ms")
    print(f"ratio venice / openai    : {results['venice'] / results['openai']:7.2f}x")
    print(f"import venice + first chat.completions.create (in-process transport): {first_call:7.1f} ms")


if __name__ == "__main__":
    main()
