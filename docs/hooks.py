"""MkDocs hook (mkdocs.yml `hooks:`): the README is the site's home page.

The README links the pages as `docs/NAME.md`, as a reader of the repository follows them; on the
site it stands in for `docs/index.md`, beside those pages, so the links lose their `docs/` prefix.
MkDocs then validates the links and anchors of the result like those of any page. This hook only
rewrites text; it must not add pages.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parent.parent / "README.md"
_DOCS_LINK = re.compile(r"\]\(docs/")


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if page.file.src_uri != "index.md":
        return markdown
    return _DOCS_LINK.sub("](", README.read_text(encoding="utf-8"))
