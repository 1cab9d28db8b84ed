"""Status -> exception mapping, every documented body shape, Venice code recognition."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import httpx
import pytest

import venice
from venice._errors._venice_codes import VENICE_ERROR_CODES, venice_code_for_message

from .conftest import Recorder

STATUS_CLASSES = {
    400: venice.BadRequestError,
    401: venice.AuthenticationError,
    402: venice.PaymentRequiredError,
    403: venice.PermissionDeniedError,
    404: venice.NotFoundError,
    408: venice.RequestTimeoutError,
    409: venice.ConflictError,
    413: venice.PayloadTooLargeError,
    415: venice.UnsupportedMediaTypeError,
    422: venice.UnprocessableEntityError,
    429: venice.RateLimitError,
    500: venice.InternalServerError,
    502: venice.InternalServerError,
    503: venice.ServiceUnavailableError,
    504: venice.GatewayTimeoutError,
    418: venice.APIStatusError,
}
DOCS = Path(__file__).resolve().parents[3] / "shared" / "venice-docs" / "error-codes.txt"


def fail_with(recorder: Recorder, status: int, body: object, headers: dict[str, str] | None = None) -> None:
    recorder.default = lambda request: httpx.Response(status, json=body, headers=headers)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES.items())
def test_every_status_maps_to_its_class(
    client: venice.Venice, recorder: Recorder, status: int, cls: type
) -> None:
    fail_with(recorder, status, {"error": "boom"})
    with pytest.raises(venice.APIStatusError) as info:
        client.with_options(max_retries=0).models.list()
    assert type(info.value) is cls
    assert isinstance(info.value, venice.VeniceError)
    assert info.value.status_code == status
    assert info.value.body == {"error": "boom"}


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 413, 415, 422])
def test_client_errors_are_never_retried(client: venice.Venice, recorder: Recorder, status: int) -> None:
    fail_with(recorder, status, {"error": "no"})
    with pytest.raises(venice.APIStatusError):
        client.models.list()
    assert len(recorder.requests) == 1


def test_documented_table_matches_the_docs() -> None:
    if not DOCS.exists():
        pytest.fail(f"{DOCS} is missing: the error table cannot be checked")
    rows = [line.split(" | ") for line in DOCS.read_text(encoding="utf-8").splitlines() if " | " in line]
    documented = {row[0].strip(): (int(row[1]), row[2].strip()) for row in rows}
    assert len(documented) == 40
    assert dict(VENICE_ERROR_CODES) == documented


@pytest.mark.parametrize("code", sorted(VENICE_ERROR_CODES))
def test_every_documented_message_is_recognised(client: venice.Venice, recorder: Recorder, code: str) -> None:
    status, message = VENICE_ERROR_CODES[code]
    fail_with(recorder, status, {"error": message})
    with pytest.raises(venice.APIStatusError) as info:
        client.with_options(max_retries=0).models.list()
    assert info.value.code == code
    assert message in str(info.value)


def test_message_with_extra_text_still_recognised() -> None:
    assert venice_code_for_message("Rate limit exceeded. Try again in 3s", 429) == "RATE_LIMIT_EXCEEDED"
    assert venice_code_for_message("Authentication failed", 401) == "AUTHENTICATION_FAILED"
    assert venice_code_for_message("something unrelated", 400) is None


def test_detailed_error_details_are_readable(client: venice.Venice, recorder: Recorder) -> None:
    body = {
        "error": "Invalid request parameters",
        "details": {"_errors": [], "model": {"_errors": ["Required"]}},
    }
    fail_with(recorder, 400, body)
    with pytest.raises(venice.BadRequestError) as info:
        client.models.list()
    assert info.value.code == "INVALID_REQUEST"
    assert info.value.details == body["details"]
    assert "model: Required" in str(info.value)


def test_content_policy_exposes_suggested_prompt(client: venice.Venice, recorder: Recorder) -> None:
    message = VENICE_ERROR_CODES["CONTENT_POLICY_VIOLATION"][1]
    fail_with(recorder, 422, {"error": message, "suggested_prompt": "a calm sea"})
    with pytest.raises(venice.UnprocessableEntityError) as info:
        client.models.list()
    assert info.value.suggested_prompt == "a calm sea"
    assert info.value.code == "CONTENT_POLICY_VIOLATION"


def test_openai_style_body(client: venice.Venice, recorder: Recorder) -> None:
    fail_with(
        recorder,
        404,
        {"error": {"message": "Model not found", "type": "invalid_request_error", "code": "model_not_found"}},
    )
    with pytest.raises(venice.NotFoundError) as info:
        client.models.list()
    assert info.value.code == "model_not_found"
    assert "Model not found" in info.value.message


def test_x402_payment_required_body_and_header(client: venice.Venice, recorder: Recorder) -> None:
    requirements = {
        "x402Version": 2,
        "accepts": [{"scheme": "exact", "network": "base", "amount": "10000000"}],
    }
    header = base64.b64encode(json.dumps(requirements).encode()).decode()
    body = {
        "error": "Payment required",
        "code": "PAYMENT_REQUIRED",
        "message": "Insufficient x402 balance",
        "topUpInstructions": {"minimumAmountUsd": 5},
        "siwxChallenge": {"info": {"nonce": "n"}, "supportedChains": []},
    }
    fail_with(recorder, 402, body, {"PAYMENT-REQUIRED": header})
    with pytest.raises(venice.PaymentRequiredError) as info:
        client.models.list()
    err = info.value
    assert err.code == "PAYMENT_REQUIRED"
    assert err.payment_required == requirements
    assert err.top_up_instructions == {"minimumAmountUsd": 5}
    assert err.siwx_challenge == body["siwxChallenge"]
    assert "Insufficient x402 balance" in str(err)


def test_insufficient_balance_402_with_api_key(client: venice.Venice, recorder: Recorder) -> None:
    fail_with(recorder, 402, {"error": VENICE_ERROR_CODES["INSUFFICIENT_BALANCE"][1]})
    with pytest.raises(venice.PaymentRequiredError) as info:
        client.models.list()
    assert info.value.code == "INSUFFICIENT_BALANCE"
    assert info.value.payment_required is None


def test_non_json_error_body(client: venice.Venice, recorder: Recorder) -> None:
    recorder.default = lambda request: httpx.Response(502, text="<html>bad gateway</html>")
    with pytest.raises(venice.InternalServerError) as info:
        client.with_options(max_retries=0).models.list()
    assert info.value.body == "<html>bad gateway</html>"


def test_error_headers_are_case_insensitive(client: venice.Venice, recorder: Recorder) -> None:
    fail_with(
        recorder,
        429,
        {"error": "Rate limit exceeded"},
        {"X-RateLimit-Remaining-Requests": "0", "CF-RAY": "abc"},
    )
    with pytest.raises(venice.RateLimitError) as info:
        client.with_options(max_retries=0).models.list()
    assert info.value.headers["x-ratelimit-remaining-requests"] == "0"
    assert info.value.request_id == "abc"
    assert re.search(r"429", str(info.value))
