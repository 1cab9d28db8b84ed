"""Start and stop Stoplight Prism (``node_modules/.bin/prism``, pinned in package-lock.json).

Prism serves the spec's paths at the root: it ignores the ``/api/v1`` of ``servers``, so clients
talk to ``http://127.0.0.1:<port>`` directly. It is bound to 127.0.0.1 on a free port; start-up
waits for Prism's "listening" line with a timeout and fails with Prism's own output otherwise.
"""

from __future__ import annotations

import contextlib
import copy
import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STARTUP_TIMEOUT = 60.0


def prism_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The spec as Prism must be given it: one adaptation to a Prism 5.16.0 bug, nothing else.

    OpenAPI 3.0.3 says a nullable enum admits null only if ``null`` is listed, so the pipeline lists
    it; Prism (``@stoplight/http-spec``) appends ``null`` to every nullable enum regardless, the
    duplicate makes ajv refuse to compile the schema, and Prism then silently skips validating that
    request body (measured: ``POST /images/generations`` accepted ``{}``). Removing the listed
    ``null`` gives Prism exactly the schema the spec means.
    """
    adapted = copy.deepcopy(doc)
    _drop_listed_null(adapted)
    return adapted


def _drop_listed_null(node: Any) -> None:
    if isinstance(node, list):
        for child in node:
            _drop_listed_null(child)
    elif isinstance(node, dict):
        enum = node.get("enum")
        if node.get("nullable") is True and isinstance(node.get("type"), str) and isinstance(enum, list):
            node["enum"] = [value for value in enum if value is not None]
        for key, child in node.items():
            if key not in ("example", "examples", "default", "enum"):
                _drop_listed_null(child)


@dataclass
class Prism:
    port: int
    log: list[str] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def start_prism(spec_file: Path, root: Path) -> Iterator[Prism]:
    binary = root / "node_modules" / ".bin" / "prism"
    if not binary.exists():
        raise RuntimeError(f"Prism is not installed ({binary} missing): run `make test` (it runs `npm ci`)")
    server = Prism(free_port())
    command = [str(binary), "mock", "--host", "127.0.0.1", "--port", str(server.port), str(spec_file)]
    env = dict(os.environ, NO_COLOR="1", FORCE_COLOR="0")
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=root
    )
    ready = threading.Event()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            server.log.append(line.rstrip())
            if "Prism is listening" in line:
                ready.set()

    reader = threading.Thread(target=pump, name="prism-log", daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not ready.wait(0.1):
            if process.poll() is not None or time.monotonic() > deadline:
                why = (
                    f"exited with status {process.returncode}" if process.poll() is not None else "timed out"
                )
                tail = "\n".join(server.log[-20:])
                raise RuntimeError(f"Prism did not start on 127.0.0.1:{server.port} ({why}):\n{tail}")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        reader.join(timeout=5)
        if process.stdout is not None:
            process.stdout.close()
