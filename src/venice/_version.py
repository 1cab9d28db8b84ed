"""The package version, and the spec the generated code of this package was generated from.

``__version__`` is the distribution's one version (``pyproject.toml`` reads it from here); ``make
update`` raises it by the policy in docs/release.md. The spec facts come from
``venice/_generated/spec_info.json``, written by the pipeline beside the operation table: this
module reads that file and never restates what it says.
"""

from __future__ import annotations

import json
from pathlib import Path

__version__ = "0.1.0"


def _spec_info() -> dict[str, object]:
    path = Path(__file__).parent / "_generated" / "spec_info.json"
    if not path.is_file():
        raise ImportError(
            "venice/_generated/spec_info.json is missing: the generated code is incomplete (run make regen)"
        )
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


_SPEC_INFO = _spec_info()
__spec_version__: str = str(_SPEC_INFO["info_version"])
__spec_sha256__: str = str(_SPEC_INFO["sha256"])
__spec_operations__: int = int(str(_SPEC_INFO["operations"]))
