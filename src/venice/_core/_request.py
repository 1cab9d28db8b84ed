"""``PreparedRequest``: one call's request as the binding engine built it, before the client adds the
base URL, credentials and defaults. Data only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from venice._types import NOT_GIVEN, NotGiven, TimeoutTypes

__all__ = ["PreparedRequest"]


class PreparedRequest:
    """One call's request as the binding engine prepared it (``_operations.build_request``): method,
    path, query, headers, body, and the call's own timeout and retries. The client adds the base
    URL, credentials and defaults (``_build_request``) and sends it, retrying (``_send``); nothing
    changes it after it is built. A plain slotted class: no dataclass code is built at
    ``import venice``, and its ``__init__`` is one call per request (a frozen dataclass's sets each
    field through ``object.__setattr__``). Its ``repr`` shows no headers.

    (``venice.types.RequestOptions`` is another thing: the per-call keyword arguments,
    ``extra_headers`` ... ``timeout``, that every method accepts.)
    """

    __slots__ = (
        "content",
        "data",
        "extensions",
        "files",
        "headers",
        "json",
        "max_retries",
        "method",
        "params",
        "timeout",
        "url",
    )

    def __init__(
        self,
        method: str,
        url: str,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
        data: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extensions: Mapping[str, Any] | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params
        self.headers = headers
        self.json = json
        self.files = files
        self.data = data
        self.content = content
        self.timeout = timeout
        self.max_retries = max_retries
        self.extensions: Mapping[str, Any] = {} if extensions is None else extensions

    def __repr__(self) -> str:
        return f"PreparedRequest({self.method} {self.url})"
