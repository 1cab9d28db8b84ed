"""Render spec descriptions as Python docstrings for the emitted modules (no other logic)."""

from __future__ import annotations

import textwrap


def docstring(text: str, indent: int) -> str:
    """`text` as a triple-quoted docstring indented by `indent` spaces: backslashes and quotes
    escaped, trailing spaces dropped, never empty."""
    body = (text or "").strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    body = "\n".join(line.rstrip() for line in body.splitlines()) or "-"
    if body.endswith('"'):
        body += " "
    pad = " " * indent
    if "\n" not in body:
        return f'{pad}"""{body}"""'
    return f'{pad}"""' + textwrap.indent(body, pad).lstrip() + f'\n{pad}"""'
