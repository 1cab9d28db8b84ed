"""Known mismatches, each with its reason; used as strict xfails so a fix makes the test fail until
the entry is removed (nothing is skipped silently)."""

from __future__ import annotations

from typing import Any

import pytest

# Found by this suite in the ergonomic layer (src/venice, issue 3), reported to its owner.
LAYER_MISMATCHES: dict[str, str] = {}


# What Prism 5.16.0 cannot do, measured (call id -> reason). These calls are skipped against Prism,
# with the reason, and covered instead by test_requests.py (the request against the spec) and by
# test_local_server.py (end to end over real HTTP on 127.0.0.1).
PRISM_LIMITS = {
    "listCryptoRpcNetworks-plain": "the operation is public (`security: [{}]`), and Prism answers 401 to any "
    "request that carries an Authorization header anyway; Venice clients always send their key",
    "multiEditImage-multipart": "an array in a multipart form (`images`: array of binary, sent as one "
    "`images` part per file, as OpenAPI 3.0 and the generated to_multipart encode it) cannot pass: Prism's "
    "multipart parser keeps only the last part of a repeated name, as a string, and makes an array only "
    "where the spec declares `encoding.style` (which OpenAPI 3.0 ignores for multipart); measured with one "
    "and with two parts: 'Request body property images must be array'",
}


def params(items: list[Any], key: Any, known: dict[str, str]) -> list[Any]:
    out = []
    for item in items:
        ident = key(item)
        marks = [pytest.mark.xfail(strict=True, reason=known[ident])] if ident in known else []
        out.append(pytest.param(item, id=ident, marks=marks))
    return out
