"""Argument parsing, the client each command gets, and the one place errors become exit statuses.

Every error prints one line (``venice: error: ...``: Venice's status, code and message) on stderr
and exits with the status of ``EXIT_STATUSES``; ``--debug`` shows the traceback instead. The API
key is read from ``VENICE_API_KEY`` only (a key on the command line would show in ``ps`` and
shell history) and never printed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from .. import APIConnectionError, APIStatusError, MissingCredentialsError, VeniceError
from ._common import (
    EXIT_API_ERROR,
    EXIT_CONNECTION,
    EXIT_INTERRUPTED,
    EXIT_STATUSES,
    EXIT_USAGE,
    Command,
    UsageError,
)
from ._console import MissingExtraError, note


def _parser() -> argparse.ArgumentParser:
    from . import _batch, _chat, _jobs, _media

    parser = argparse.ArgumentParser(
        prog="venice",
        description="The Venice.ai API from the command line. The API key is read from VENICE_API_KEY.",
        epilog="exit statuses: " + "; ".join(f"{code} {text}" for code, text in EXIT_STATUSES.items()),
    )
    parser.add_argument(
        "--base-url", help="API base URL (default: VENICE_BASE_URL or https://api.venice.ai/api/v1)"
    )
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per request (default 600)")
    parser.add_argument(
        "--max-retries", type=int, default=2, help="retries of 429, 5xx and connection errors"
    )
    parser.add_argument("--debug", action="store_true", help="log requests and show tracebacks")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (_chat, _media, _jobs, _batch):
        module.register(commands)
    return parser


def _error_line(exc: BaseException) -> str:
    if isinstance(exc, MissingCredentialsError):
        return "no API key: set the VENICE_API_KEY environment variable"
    if isinstance(exc, APIStatusError):
        return str(exc)  # "Error code: 404 (Not Found) [CODE] - message" (+ field details)
    return f"{type(exc).__name__}: {exc}" if isinstance(exc, VeniceError) else str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.debug:
        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    command: Command = args.func
    try:
        return command(args)
    except KeyboardInterrupt:
        note("venice: interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        if args.debug:
            raise
        status = _exit_status(exc)
        if status is None:
            raise
        note(f"venice: error: {_error_line(exc)}")
        return status


def _exit_status(exc: Exception) -> int | None:
    from ..batch import BatchInputError

    if isinstance(exc, APIConnectionError):
        return EXIT_CONNECTION
    if isinstance(exc, (MissingCredentialsError, UsageError, BatchInputError, MissingExtraError, OSError)):
        return EXIT_USAGE
    if isinstance(exc, (TypeError, ValueError)):  # the client refused an argument before sending
        return EXIT_USAGE
    if isinstance(exc, (APIStatusError, VeniceError)):
        return EXIT_API_ERROR
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
