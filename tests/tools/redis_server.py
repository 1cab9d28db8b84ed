"""A real ``redis-server`` on 127.0.0.1 for the duration of a ``with`` block (tests and benchmarks).

``.ci/run`` installs the Debian package ``redis-server`` when it is missing; without it the tests
that share limits between processes fail with that instruction rather than being skipped.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from types import TracebackType


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class RedisServer:
    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed: run .ci/run, or apt-get install redis-server")
        self.port = _free_port()
        self._command = [
            binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
        ]  # fmt: skip
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        return self.start()

    def start(self) -> str:
        """Start the server (again, on the same port after ``kill``); returns its URL."""
        self._process = subprocess.Popen(self._command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as connection:
                    connection.sendall(b"PING\r\n")
                    if connection.recv(16).startswith(b"+PONG"):
                        return f"redis://127.0.0.1:{self.port}/0"
            except OSError:
                time.sleep(0.05)
        self.__exit__(None, None, None)
        raise RuntimeError("redis-server did not start")

    def kill(self) -> None:
        """SIGKILL, as an out-of-memory killer or a crash would: no shutdown, state lost."""
        assert self._process is not None
        self._process.kill()
        self._process.wait(10)

    def pause(self) -> None:
        """SIGSTOP: the server holds its connections and answers nothing (a network stall)."""
        assert self._process is not None
        self._process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self._process is not None
        self._process.send_signal(signal.SIGCONT)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGCONT)
            self._process.terminate()
            self._process.wait(10)
