"""The package version, and the spec the bundled ``venice_api`` was generated from.

``__version__`` is the distribution's one version (``pyproject.toml`` reads it from here); ``make
update`` raises it by the policy in the README. The spec facts come from ``venice_api/spec_info.json``,
written by the pipeline: this module reads that file without importing ``venice_api`` (importing
``venice`` must load no generated code) and never restates what it says.
"""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

__version__ = "0.1.0"


def _spec_info() -> dict[str, object]:
    found = find_spec("venice_api")
    locations = list(found.submodule_search_locations or []) if found else []
    for location in locations:
        path = Path(location) / "spec_info.json"
        if path.is_file():
            data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
            return data
    raise ImportError(
        "venice_api/spec_info.json is missing: the generated package is incomplete (run make regen)"
    )


_SPEC_INFO = _spec_info()
__spec_version__: str = str(_SPEC_INFO["info_version"])
__spec_sha256__: str = str(_SPEC_INFO["sha256"])
__spec_operations__: int = int(str(_SPEC_INFO["operations"]))
