"""``python -m venice.testing``: serve the offline Venice until stopped (its base URL is the first line
printed), or run one command against it (``python -m venice.testing python examples/chat.py``):
the command gets ``VENICE_BASE_URL`` and ``VENICE_API_KEY`` in its environment, and its exit status
is this one's."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
from types import FrameType

from venice.testing._server import OfflineVenice


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m venice.testing",
        description="Serve the offline Venice (every operation of the spec, no key needed) on loopback.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument(
        "--port", type=int, default=0, help="port to listen on; 0 picks a free one (default: 0)"
    )
    parser.add_argument(
        "command",
        nargs=argparse.REMAINDER,
        help="a command to run against the offline Venice (VENICE_BASE_URL and VENICE_API_KEY set), "
        "exiting with its status; without one, serve until stopped",
    )
    args = parser.parse_args(argv)
    offline = OfflineVenice(args.host, args.port)
    try:
        offline.start()
    except OSError as exc:
        parser.exit(
            2, f"python -m venice.testing: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}\n"
        )
    if args.command:
        with offline:
            return _run(args.command, offline.base_url)
    print(offline.base_url, flush=True)
    print(
        f"offline Venice: export VENICE_BASE_URL={offline.base_url} VENICE_API_KEY=offline; Ctrl-C stops it",
        file=sys.stderr,
        flush=True,
    )

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    with contextlib.suppress(KeyboardInterrupt):
        offline.serve_forever()
    return 0


def _run(command: list[str], base_url: str) -> int:
    env = dict(os.environ, VENICE_BASE_URL=base_url, VENICE_API_KEY="offline")
    try:
        return subprocess.run(command, env=env, check=False).returncode
    except FileNotFoundError:
        print(f"python -m venice.testing: {command[0]}: command not found", file=sys.stderr)
        return 127


if __name__ == "__main__":
    sys.exit(main())
