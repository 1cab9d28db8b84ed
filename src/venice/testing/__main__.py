"""``python -m venice.testing``: serve the offline Venice until stopped; its base URL is the first line."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from types import FrameType

from ._server import OfflineVenice


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m venice.testing",
        description="Serve the offline Venice (every operation of the spec, no key needed) on loopback.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument(
        "--port", type=int, default=0, help="port to listen on; 0 picks a free one (default: 0)"
    )
    args = parser.parse_args(argv)
    offline = OfflineVenice(args.host, args.port)
    try:
        offline.start()
    except OSError as exc:
        parser.exit(
            2, f"python -m venice.testing: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}\n"
        )
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


if __name__ == "__main__":
    sys.exit(main())
