"""What the commands share: exit statuses, the client each command gets, the API's default model
of a type, and the prompt argument."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from venice import Venice
from venice._results._downloads import NO_ROOM

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_BATCH_FAILURES = 4
EXIT_NOT_WRITTEN = 5  # the output could not be written (disk full): a batch stopped, a download left no file
EXIT_MISSING_EXTRA = 6
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

EXIT_STATUSES = {
    EXIT_OK: "success",
    EXIT_API_ERROR: "Venice answered with an error (status, code and message are printed)",
    EXIT_USAGE: "bad arguments or input: unknown option, missing API key, unreadable or invalid file",
    EXIT_CONNECTION: "Venice could not be reached, or did not answer in time",
    EXIT_BATCH_FAILURES: "venice batch finished, but some requests ended with an error line",
    EXIT_NOT_WRITTEN: "the output could not be written (disk full): batch stopped, resumes when rerun; "
    "a download left no file",
    EXIT_MISSING_EXTRA: "the cli extra is not installed: pip install 'venice-bindings[cli]'",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C); video/music print the queue id, batch resumes when rerun",
    EXIT_TERMINATED: "terminated (SIGTERM); batch writes the results in flight first, and resumes when rerun",
}

Command = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Bad arguments found after parsing (exit status 2)."""


class DownloadNotWrittenError(Exception):
    """A download the disk had no room for (exit status 5): no partial file was left."""


@contextlib.contextmanager
def writing_download(path: Path, rerun: str = "rerun the same command") -> Iterator[None]:
    """Around writing ``path``: a full disk or quota becomes ``DownloadNotWrittenError``, naming
    the file and the fix (``rerun``: what to run again); any other error is left as it is."""
    try:
        yield
    except OSError as exc:
        if exc.errno not in NO_ROOM:
            raise
        reason = exc.strerror or str(exc)
        raise DownloadNotWrittenError(
            f"{path}: cannot write the download ({reason}); no partial file was left. "
            f"Free some space, then {rerun}"
        ) from exc


def client(args: argparse.Namespace) -> Venice:
    return Venice(base_url=args.base_url, timeout=args.timeout, max_retries=args.max_retries)


def default_model(venice: Venice, model_type: str) -> str:
    """The model the API marks ``default`` for ``model_type`` (``GET /models/traits``), so the
    command line never hard-codes a model id that Venice may retire."""
    traits: dict[str, Any] = venice.models.traits(type=model_type).to_dict().get("data") or {}  # type: ignore[arg-type]
    model = traits.get("default")
    if not isinstance(model, str):
        raise UsageError(f"the API names no default {model_type} model; pass --model")
    return model


def prompt_text(argument: str | None) -> str:
    """The prompt argument, or stdin when it is piped; a usage error when there is neither."""
    if argument:
        return argument
    if sys.stdin is not None and not sys.stdin.isatty():
        text = sys.stdin.read().strip()
        if text:
            return text
    raise UsageError("give a PROMPT argument or pipe it on stdin")
