"""Argument parsing, the client each command gets, and the one place errors become exit statuses.

Every error prints one line (``venice: error: ...``: Venice's status, code and message) on stderr
and exits with the status of ``EXIT_STATUSES``; ``--debug`` shows the traceback instead. The API
key is read from ``VENICE_API_KEY`` only (a key on the command line would show in ``ps`` and
shell history) and never printed.
"""

from __future__ import annotations

import argparse
import difflib
import logging
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from venice import APIConnectionError, APIStatusError, MissingCredentialsError, VeniceError
from venice.cli._common import (
    EXIT_API_ERROR,
    EXIT_CONNECTION,
    EXIT_INTERRUPTED,
    EXIT_MISSING_EXTRA,
    EXIT_NOT_WRITTEN,
    EXIT_STATUSES,
    EXIT_USAGE,
    Command,
    DownloadNotWrittenError,
    UsageError,
)
from venice.cli._console import MissingExtraError, note


class _Parser(argparse.ArgumentParser):
    """An argument parser (and the class of every subcommand's) that refuses unknown arguments in
    the subcommand that received them, with its usage, and names the options closest to any
    misspelt one.

    Plain argparse hands a subcommand's unknown arguments up to the top level, which prints the
    top-level usage and no hint (``venice chat --temprature 0.5 hi``).
    """

    _args: Sequence[str] = ()

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._args = list(sys.argv[1:] if args is None else args)
        namespace, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return namespace, extras

    def error(self, message: str) -> NoReturn:
        super().error(message + self._suggestions())

    def _suggestions(self) -> str:
        known = self._options()
        own = [name for name in self._option_string_actions if name.startswith("--")]
        hints = [
            close[0]
            for arg in self._args
            if arg.startswith("--")
            and not any(name.startswith(arg.partition("=")[0]) for name in known)
            and (close := difflib.get_close_matches(arg.partition("=")[0], own, n=1))
        ]
        return f"; did you mean {' or '.join(hints)}?" if hints else ""

    def _options(self) -> set[str]:
        """The option names of this parser and of its subcommands, however deep."""
        names = set(self._option_string_actions)
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    names |= sub._options() if isinstance(sub, _Parser) else set()
        return names


def _parser() -> argparse.ArgumentParser:
    from venice.cli import _batch, _chat, _jobs, _media

    parser = _Parser(
        prog="venice",
        description="The Venice.ai API from the command line. The API key is read from VENICE_API_KEY.",
        epilog="exit statuses: " + "; ".join(f"{code} {text}" for code, text in EXIT_STATUSES.items()),
    )
    parser.add_argument(
        "--base-url", help="API base URL (default: VENICE_BASE_URL or https://api.venice.ai/api/v1)"
    )
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per request (default 600)")
    parser.add_argument(
        "--max-retries", type=int, default=2, help="retries of 429, 5xx and connection errors (default 2)"
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
    from venice.batch import BatchInputError

    if isinstance(exc, MissingExtraError):
        return EXIT_MISSING_EXTRA
    if isinstance(exc, APIConnectionError):
        return EXIT_CONNECTION
    if isinstance(exc, DownloadNotWrittenError):
        return EXIT_NOT_WRITTEN
    if isinstance(exc, (MissingCredentialsError, UsageError, BatchInputError, OSError)):
        return EXIT_USAGE
    if isinstance(exc, (TypeError, ValueError)):  # the client refused an argument before sending
        return EXIT_USAGE
    if isinstance(exc, (APIStatusError, VeniceError)):
        return EXIT_API_ERROR
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
