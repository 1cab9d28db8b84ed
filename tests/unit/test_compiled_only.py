"""The client works where only bytecode ships (a PyInstaller bundle, a .pyc-only install of an
internal tool): it reads the facts the pipeline wrote as data and never the generated source."""

from __future__ import annotations

import compileall
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import inspect, json, sys, httpx, venice
from venice.types import ChatCompletion
body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                     "message": {"role": "assistant", "content": "hi"}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
client = venice.Venice(api_key="k", http_client=httpx.Client(transport=transport))
completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
try:
    client.chat.completions.create(model="m", messages=[{"role": "usr", "content": "hi"}])
except TypeError as exc:
    refused = str(exc)
print(json.dumps({
    "content": completion.choices[0].message.content,
    "typed": isinstance(completion, ChatCompletion),
    "strict": type(completion.to_model()).__name__,
    "parameters": len(inspect.signature(client.chat.completions.create).parameters),
    "refused": refused,
    "sources": [m.__file__ for m in list(sys.modules.values())
                if (getattr(m, "__name__", "") or "").startswith(("venice", "venice_api"))
                and getattr(m, "__file__", None) and m.__file__.endswith(".py")],
}))
"""


def test_the_client_runs_from_bytecode_alone(tmp_path: Path) -> None:
    for package in (ROOT / "src" / "venice", ROOT / "generated" / "venice_api"):
        shutil.copytree(package, tmp_path / package.name, ignore=shutil.ignore_patterns("__pycache__"))
    assert compileall.compile_dir(tmp_path, legacy=True, quiet=1)
    for source in tmp_path.rglob("*.py"):
        source.unlink()
    assert not list(tmp_path.rglob("*.py")) and list(tmp_path.rglob("*.pyc"))
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n{SCRIPT}"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result = json.loads(out.stdout)
    assert result["content"] == "hi" and result["typed"] is True
    assert result["strict"] == "CreateChatCompletionResponse200"
    assert result["parameters"] > 30
    assert "argument 'messages[0].role' must be one of" in result["refused"]
    assert result["sources"] == []
