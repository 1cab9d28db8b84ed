"""Terminal output of the command line: data to stdout, messages and progress to stderr.

Progress bars are drawn only when stderr is a terminal; otherwise nothing is redrawn and the
commands print a final line instead. ``rich`` is imported only through ``rich_module``, on first
use, which turns a missing ``cli`` extra into ``MissingExtraError`` (one line naming the extra,
exit status 6). Nothing here calls the API.
"""

from __future__ import annotations

import importlib
import json
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

INSTALL_CLI = "pip install 'venice-bindings[cli]'"


class MissingExtraError(RuntimeError):
    """The ``cli`` extra (rich) is not installed."""


def rich_module(name: str) -> ModuleType:
    """``rich.<name>``, or ``MissingExtraError`` naming the extra to install when rich is missing."""
    try:
        import rich  # the extra's package, imported by name: the dependency stays visible

        return importlib.import_module(f"{rich.__name__}.{name}")
    except ImportError as exc:
        raise MissingExtraError(
            f"this command needs the cli extra (rich), which is not installed: {INSTALL_CLI}"
        ) from exc


def _rich_console(*, stderr: bool) -> Console:
    console_class: type[Console] = rich_module("console").Console
    return console_class(stderr=stderr, highlight=False, soft_wrap=True)


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
