"""``PreparedRequest``: one call's request as the binding engine built it, before the client adds the
base URL, credentials and defaults. Data only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from venice._types import NOT_GIVEN, NotGiven, TimeoutTypes

__all__ = ["PreparedRequest"]


@dataclass(slots=True)
class PreparedRequest:
    """One call's request as the binding engine prepared it (``_operations.build_request``): method,
    path, query, headers, body, and the call's own timeout and retries. The client adds the base
    URL, credentials and defaults (``_build_request``) and sends it, retrying (``_send``); nothing
    changes it after it is built (not ``frozen``: a frozen dataclass's ``__init__`` sets each field
    through ``object.__setattr__``, three times the cost of this one, once per call).

    (``venice.types.RequestOptions`` is another thing: the per-call keyword arguments,
    ``extra_headers`` ... ``timeout``, that every method accepts.)
    """

    method: str
    url: str
    params: Mapping[str, Any] | None = None
    headers: Mapping[str, Any] | None = None
    json: Any = None
    files: Any = None
    data: Mapping[str, Any] | None = None
    content: bytes | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    extensions: Mapping[str, Any] = field(default_factory=dict)
