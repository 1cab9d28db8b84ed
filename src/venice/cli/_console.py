"""Terminal output of the command line: data to stdout, messages and progress to stderr.

Progress bars are drawn only when stderr is a terminal; otherwise nothing is redrawn and the
commands print a final line instead. ``rich`` is imported here, on first use, with a clear
message when the ``cli`` extra is missing. Nothing here calls the API.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


class MissingExtraError(RuntimeError):
    """The ``cli`` extra (rich) is not installed."""


def _rich_console(*, stderr: bool) -> Console:
    try:
        from rich.console import Console
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise MissingExtraError(
            "the venice command line needs rich: pip install 'venice-bindings[cli]'"
        ) from exc
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


_consoles: dict[bool, Console] = {}


def console(*, stderr: bool = True) -> Console:
    if stderr not in _consoles:
        _consoles[stderr] = _rich_console(stderr=stderr)
    return _consoles[stderr]


def interactive() -> bool:
    """Whether progress can be drawn (stderr is a terminal)."""
    return sys.stderr.isatty()


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def note(message: str) -> None:
    """A status line on stderr (never data)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
