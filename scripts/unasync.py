"""Write the sync twins of the handwritten async classes, or check that they are up to date.

The async code is the one written by hand; its sync twin is derived from it by token replacement,
as httpcore derives its `_sync` package from `_async`: `async def` -> `def`, `await x` -> `x`,
`async for` / `async with` -> `for` / `with`, `__aenter__` -> `__enter__`, `aread` / `aclose` /
`aiter_*` -> `read` / `close` / `iter_*`, `AsyncStream` -> `Stream` (any `Async` before a capital),
`Awaitable[T]` -> `T`, `AsyncGenerator[T, None]` -> `Generator[T, None, None]`,
`is_async=True` -> `is_async=False`, and a loop that only yields what it iterates becomes
`yield from`. Docstrings and comments go through the same replacements, so
the async source is worded to read right both ways (``async for chunk in stream`` becomes
``for chunk in stream``).

A twinned module holds both, in this order: its shared, handwritten part; the line `SOURCE`
followed by the async source; the line `GENERATED` followed by the sync code, to the end of the
file. Behaviour that really differs (a property cannot `await`) stays in small handwritten classes
of the shared part, named so that the replacements pair them (`_AsyncBinaryContent` ->
`_BinaryContent`). The result is put through `ruff format`, as `make lint` checks every file.

Usage:
  python scripts/unasync.py            # rewrite the generated part of every twinned module
  python scripts/unasync.py --check    # exit 1, with a diff, if any generated part is out of date

`make lint` runs the check, and so does tests/unit/test_unasync.py. This script imports nothing
of the runtime: it reads and writes text.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The modules whose sync classes are generated, relative to the repository root.
TWINNED = (
    "src/venice/_core/_base_client.py",
    "src/venice/_core/_deadline.py",
    "src/venice/_binding/_polling.py",
    "src/venice/_binding/_resource.py",
    "src/venice/_results/_response.py",
    "src/venice/_results/_streaming.py",
)

SOURCE = "# ---- async source: scripts/unasync.py writes the sync code at the end of the file from it"
GENERATED = "# ---- sync code written by scripts/unasync.py from the async source above: do not edit"

# (pattern, replacement), applied in order to the async source.
REPLACEMENTS: tuple[tuple[str, str], ...] = (
    (r"\bAsyncGenerator\[([^\[\]]+), None\]", r"Generator[\1, None, None]"),
    (r"\bAwaitable\[(\w+)\]", r"\1"),
    (r"\basync (def|for|with)\b", r"\1"),
    (r"\bawait ", ""),
    (r"\b__a(enter|exit|iter|next)__\b", r"__\1__"),
    (r"\bAsyncAPI(Client|Resource)\b", r"SyncAPI\1"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\b(_?)aread(_whole)?\b", r"\1read\2"),
    (r"\b(_?)a(poll|report)\b", r"\1\2"),
    (r"\ba(read|close)\b", r"\1"),
    (r"\b(_?)aiter(\w*)", r"\1iter\2"),
    (r"(?<![A-Za-z0-9])Async(?=[A-Z])", ""),
    (r"\bis_async=True\b", "is_async=False"),
)
_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in REPLACEMENTS)
# After them: ``for x in y:`` whose whole body is ``yield x`` -> ``yield from y`` (what ruff asks).
_YIELD_LOOP = re.compile(
    r"^(?P<indent> *)for (?P<name>\w+) in (?P<items>.+):\n(?P=indent)    yield (?P=name)\n", re.MULTILINE
)


class TwinError(Exception):
    """A twinned module without its two marker lines, in order."""


def unasync(source: str) -> str:
    """The sync twin of async ``source`` code (before formatting)."""
    for pattern, replacement in _COMPILED:
        source = pattern.sub(replacement, source)
    return _YIELD_LOOP.sub(r"\g<indent>yield from \g<items>\n", source)


def render(text: str, *, path: str) -> str:
    """``text`` (a twinned module) with its generated part rewritten from its async source."""
    lines = text.splitlines(keepends=True)
    try:
        start = lines.index(SOURCE + "\n")
        end = lines.index(GENERATED + "\n", start)
    except ValueError:
        raise TwinError(f"{path}: needs the line {SOURCE!r} and, after it, the line {GENERATED!r}") from None
    source = "".join(lines[start + 1 : end])
    module = "".join(lines[: end + 1]) + "\n\n" + unasync(source).strip() + "\n"
    return _formatted(module, path=path)


def _formatted(module: str, *, path: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", path, "-"],
        input=module,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise TwinError(f"{path}: ruff format failed: {done.stderr.strip()}")
    return done.stdout


def differences(text: str, *, path: str) -> list[str]:
    """The unified diff from ``text`` to what it should be; empty when its sync code is up to date."""
    wanted = render(text, path=path)
    return list(
        difflib.unified_diff(
            text.splitlines(), wanted.splitlines(), f"{path} (committed)", f"{path} (unasync)", lineterm=""
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only report out-of-date sync code (exit 1)")
    args = parser.parse_args(argv)
    stale = 0
    for name in TWINNED:
        path = ROOT / name
        text = path.read_text(encoding="utf-8")
        try:
            wanted = render(text, path=name)
        except TwinError as exc:
            print(exc, file=sys.stderr)
            return 2
        if wanted == text:
            continue
        stale += 1
        if args.check:
            print("\n".join(differences(text, path=name)))
        else:
            path.write_text(wanted, encoding="utf-8")
            print(f"rewrote the sync code of {name}")
    if args.check and stale:
        print(f"{stale} module(s) out of date: run python scripts/unasync.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
