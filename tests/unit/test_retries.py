"""Retry decisions and schedules (sleep is injected, nothing waits)."""

from __future__ import annotations

import email.utils

import httpx
import pytest

import venice
from venice import _constants as C
from venice._core._rate_limit_headers import server_advised_delay
from venice._core._retry_policy import retry_delay

from .conftest import Recorder

NOW = 1_700_000_000.0


def headers(**values: str) -> httpx.Headers:
    return httpx.Headers({k.replace("_", "-"): v for k, v in values.items()})


@pytest.mark.parametrize(
    ("hdrs", "status", "expected"),
    [
        (headers(retry_after_ms="1500"), 503, 1.5),
        (headers(retry_after="3"), 503, 3.0),
        (headers(retry_after=email.utils.formatdate(NOW + 7, usegmt=True)), 503, 7.0),
        (headers(x_ratelimit_reset_requests=str(int(NOW + 4))), 429, 4.0),
        (headers(x_ratelimit_reset_requests=str(int((NOW + 2) * 1000))), 429, 2.0),
        (headers(x_ratelimit_reset_requests="6m0s"), 429, 360.0),
        (headers(x_ratelimit_reset_requests=str(int(NOW + 4))), 500, None),  # only on 429
        (headers(retry_after="soon"), 503, None),
        (headers(), 503, None),
    ],
)
def test_server_advised_delay(hdrs: httpx.Headers, status: int, expected: float | None) -> None:
    assert server_advised_delay(hdrs, status, now=NOW) == pytest.approx(expected)


@pytest.mark.parametrize("offset", [600.0, -600.0])
def test_absolute_server_times_are_read_on_the_servers_clock(offset: float) -> None:
    """Issue 16.4: a server clock 10 minutes off ours, as its Date header shows, does not turn a 4 s
    reset or a 7 s Retry-After date into a 10-minute wait (or a negative one)."""
    date = email.utils.formatdate(NOW + offset, usegmt=True)
    reset = headers(date=date, x_ratelimit_reset_requests=str(int((NOW + offset + 4) * 1000)))
    assert server_advised_delay(reset, 429, now=NOW) == pytest.approx(4.0)
    later = headers(date=date, retry_after=email.utils.formatdate(NOW + offset + 7, usegmt=True))
    assert server_advised_delay(later, 503, now=NOW) == pytest.approx(7.0)
    assert retry_delay(0, reset, 429, now=NOW, rand=0.0) == pytest.approx(4.0)


def test_retry_after_ms_wins_over_retry_after() -> None:
    assert server_advised_delay(headers(retry_after_ms="100", retry_after="9"), 429, now=NOW) == 0.1


def test_advised_delay_longer_than_the_maximum_is_not_waited() -> None:
    assert retry_delay(0, headers(retry_after="3600"), 429, now=NOW, rand=0.0) is None
    assert retry_delay(0, headers(retry_after="60"), 429, now=NOW, rand=0.0) == C.MAX_RETRY_AFTER
    assert retry_delay(0, headers(retry_after="5"), 429, now=NOW, rand=0.0, max_retry_after=4.0) is None


@pytest.mark.parametrize("retries_taken", range(6))
def test_backoff_is_exponential_with_bounded_jitter(retries_taken: int) -> None:
    base = min(C.INITIAL_RETRY_DELAY * 2**retries_taken, C.MAX_RETRY_DELAY)
    assert retry_delay(retries_taken, None, None, now=NOW, rand=0.0) == base
    assert retry_delay(retries_taken, None, None, now=NOW, rand=0.999) == pytest.approx(base * 0.75, rel=1e-2)


def test_schedule_429_then_success(client: venice.Venice, recorder: Recorder, sleeps: list[float]) -> None:
    recorder.script = [
        httpx.Response(429, json={"error": "Rate limit exceeded"}, headers={"retry-after-ms": "250"}),
        httpx.Response(503, json={"error": "x"}, headers={"retry-after": "2"}),
    ]
    client.models.list()
    assert sleeps == [0.25, 2.0]
    assert len(recorder.requests) == 3


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses(
    client: venice.Venice, recorder: Recorder, sleeps: list[float], status: int
) -> None:
    recorder.script = [httpx.Response(status, json={"error": "x"})]
    client.models.list()
    assert len(recorder.requests) == 2 and len(sleeps) == 1


def test_max_retries_exhausted(client: venice.Venice, recorder: Recorder, sleeps: list[float]) -> None:
    recorder.default = lambda request: httpx.Response(500, json={"error": "Inference processing failed"})
    with pytest.raises(venice.InternalServerError):
        client.models.list()
    assert len(recorder.requests) == 1 + client.max_retries
    assert len(sleeps) == client.max_retries
    assert sleeps[0] <= C.INITIAL_RETRY_DELAY < sleeps[1]  # doubled, jitter at most 25 %


def test_with_options_max_retries_zero(
    client: venice.Venice, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.default = lambda request: httpx.Response(500, json={"error": "x"})
    with pytest.raises(venice.InternalServerError):
        client.with_options(max_retries=0).models.list()
    assert len(recorder.requests) == 1 and sleeps == []
    assert client.max_retries == C.DEFAULT_MAX_RETRIES  # the original is untouched


def test_connection_errors_are_retried(
    client: venice.Venice, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.script = [httpx.ConnectError("refused"), httpx.ReadTimeout("slow")]
    client.models.list()
    assert len(recorder.requests) == 3 and len(sleeps) == 2


def test_timeout_maps_to_api_timeout_error(client: venice.Venice, recorder: Recorder) -> None:
    recorder.script = [httpx.ReadTimeout("slow")] * 3
    with pytest.raises(venice.APITimeoutError) as info:
        client.models.list()
    assert isinstance(info.value, venice.APIConnectionError)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


@pytest.mark.anyio
async def test_async_schedule(
    async_client: venice.AsyncVenice, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.script = [
        httpx.Response(429, json={"error": "x"}, headers={"retry-after": "1"}),
        httpx.ConnectError("x"),
    ]
    await async_client.models.list()
    assert sleeps[0] == 1.0 and len(sleeps) == 2


def test_timeouts_per_client_and_per_call(client: venice.Venice, recorder: Recorder) -> None:
    client.models.list()
    assert recorder.requests[-1].extensions["timeout"]["read"] == 600.0
    client.models.list(timeout=3.0)
    # A number is also the call's total: each attempt's timeouts are clamped to what is left of it.
    assert 2.5 < recorder.requests[-1].extensions["timeout"]["read"] <= 3.0
    client.with_options(timeout=None).models.list()
    assert recorder.requests[-1].extensions["timeout"]["read"] is None
