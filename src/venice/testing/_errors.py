"""Venice's errors on demand: a request asks the offline Venice for an error by a header or a model.

- the header ``x-venice-offline-error: <trigger>``, or
- the model ``offline-error-<trigger>`` (for code that cannot set headers, such as the CLI),

where the trigger is one of Venice's documented error codes (``RATE_LIMIT_EXCEEDED``,
``CONTENT_POLICY_VIOLATION``; any case) or an HTTP status (``429``, ``500``: its first documented
code). The answer is what Venice sends for that code: its status and ``{"error": "<message>"}``,
and for a 429 the rate-limit headers saying nothing is left until the next second.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from venice._errors._venice_codes import VENICE_ERROR_CODES

ERROR_HEADER = "x-venice-offline-error"
ERROR_MODEL_PREFIX = "offline-error-"


@dataclass(frozen=True)
class RequestedError:
    code: str | None
    status: int
    message: str

    def body(self) -> bytes:
        return json.dumps({"error": self.message}).encode()

    def headers(self) -> dict[str, str]:
        if self.status != 429:
            return {}
        return {
            "x-ratelimit-remaining-requests": "0",
            "x-ratelimit-reset-requests": str(int(time.time()) + 1),
        }


def requested_error(headers: Mapping[str, str], fields: Mapping[str, Any]) -> RequestedError | None:
    """The error the request asks for, or None; ValueError names an unknown trigger and the valid ones."""
    trigger = headers.get(ERROR_HEADER)
    model = fields.get("model")
    if trigger is None and isinstance(model, str) and model.lower().startswith(ERROR_MODEL_PREFIX):
        trigger = model[len(ERROR_MODEL_PREFIX) :]
    if trigger is None:
        return None
    return error_for(trigger.strip())


def error_for(trigger: str) -> RequestedError:
    code = trigger.upper().replace("-", "_")
    if code in VENICE_ERROR_CODES:
        status, message = VENICE_ERROR_CODES[code]
        return RequestedError(code, status, message)
    if trigger.isdigit() and 400 <= int(trigger) <= 599:
        status = int(trigger)
        documented = next((c for c, (s, _m) in VENICE_ERROR_CODES.items() if s == status), None)
        if documented is not None:
            return RequestedError(documented, status, VENICE_ERROR_CODES[documented][1])
        return RequestedError(None, status, f"Offline Venice: HTTP {status}, as requested")
    raise ValueError(
        f"unknown error trigger {trigger!r}: use one of Venice's error codes "
        f"({', '.join(sorted(VENICE_ERROR_CODES))}) or an HTTP status from 400 to 599"
    )
