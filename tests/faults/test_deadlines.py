"""Deadlines that hold and bounded memory, against loopback servers that drip, stall or flood.

Every call here would outlive its budget by far (a body dripped a byte every 0.25 s, a stream of
keep-alive comments, a stalled answer): each test checks the typed error naming the limit, and
that the call ended well within 3 times its budget (a generous bound that proves "did not hang",
not a timing measurement). The size caps are set small, so no test needs a large body.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

import venice
from venice._core import _timer_wheel

from ._modes import run
from .fake_venice import chunk
from .raw_server import Answer, chat, gzipped, response_bytes

BUDGET = 1.0
SLOW = 3 * BUDGET  # "did not hang": far below what the server would take, above any scheduling noise
CHAT = json.dumps(chat()).encode()


def _head(content_type: str, length: int | None = None) -> bytes:
    lines = ["HTTP/1.1 200 X", f"Content-Type: {content_type}"]
    lines.append(f"Content-Length: {length}" if length is not None else "Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def drip(body: bytes, every: float = 0.25) -> Answer:
    """Headers at once, then the body one byte every ``every`` seconds (CHAT takes over a minute)."""
    steps: list[bytes | float | str] = [_head("application/json", len(body))]
    for byte in body:
        steps += [bytes([byte]), every]
    return Answer(steps)


def timed(mode: str, base_url: str, action: str, **options: Any) -> tuple[BaseException, float]:
    """The error the call raised and how long it took."""
    client = options.pop("client", {})
    started = time.monotonic()
    with pytest.raises(venice.VeniceError) as info:
        run(mode, base_url, action, client=client, **options)
    return info.value, time.monotonic() - started


@pytest.mark.parametrize("where", ["client", "call"])
def test_a_dripping_body_ends_at_the_total_timeout(raw_server: Any, mode: str, where: str) -> None:
    server = raw_server(lambda request: drip(CHAT))
    if where == "client":
        error, took = timed(mode, server.base_url, "chat", client={"timeout": BUDGET})
    else:
        error, took = timed(mode, server.base_url, "chat", timeout=BUDGET)
    assert isinstance(error, venice.TotalTimeoutError) and isinstance(error, venice.APITimeoutError)
    assert error.timeout == BUDGET and "total timeout" in str(error).lower() and "1 s" in str(error)
    assert took < SLOW
    assert len(server.requests) == 1  # the deadline is not retried


def test_with_options_sets_the_total_timeout(raw_server: Any) -> None:
    server = raw_server(lambda request: drip(CHAT))
    started = time.monotonic()
    with venice.Venice(api_key="k", base_url=server.base_url) as client:
        limited = client.with_options(timeout=venice.Timeout(60.0, total=BUDGET))
        with pytest.raises(venice.TotalTimeoutError):
            limited.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert time.monotonic() - started < SLOW


def test_silence_after_the_headers_ends_at_the_total_timeout(raw_server: Any, mode: str) -> None:
    # Each read may wait 60 s; the total of 1 s clamps them.
    server = raw_server(lambda request: Answer([_head("application/json", len(CHAT)), 4.0]))
    error, took = timed(mode, server.base_url, "chat", timeout=venice.Timeout(60.0, total=BUDGET))
    assert isinstance(error, venice.TotalTimeoutError)
    assert took < SLOW


def test_async_dripping_headers_end_at_the_total_timeout(raw_server: Any) -> None:
    """The async client cancels a read at the deadline, so even headers trickled a byte at a time
    end in time (the sync client cannot interrupt a read: docs/errors.md, "Deadlines and size caps")."""
    head = response_bytes(200, CHAT)
    server = raw_server(lambda request: Answer([step for byte in head for step in (bytes([byte]), 0.25)]))
    error, took = timed("async", server.base_url, "chat", timeout=BUDGET)
    assert isinstance(error, venice.TotalTimeoutError)
    assert took < SLOW


def test_retries_stay_within_the_total_timeout(raw_server: Any, mode: str) -> None:
    # Every attempt times out after 0.4 s; five retries and their backoff would take over 5 s.
    server = raw_server(lambda request: Answer([4.0]))
    timeout = venice.Timeout(0.4, total=BUDGET)
    client = {"timeout": timeout, "max_retries": 5, "_sleep": time.sleep}
    error, took = timed(mode, server.base_url, "chat", client=client)
    # Either the deadline fired mid-attempt, or the next backoff would have passed it, which the
    # error (the last attempt's timeout) says in a note.
    notes = getattr(error, "__notes__", [])
    assert isinstance(error, venice.TotalTimeoutError) or any("total timeout of 1 s" in n for n in notes)
    assert isinstance(error, venice.APITimeoutError)
    assert took < SLOW and len(server.requests) <= 3


def _sse(*steps: bytes | float) -> Answer:
    return Answer([_head("text/event-stream"), *steps])


def test_a_stream_of_keep_alive_comments_ends_at_the_idle_timeout(raw_server: Any, mode: str) -> None:
    server = raw_server(
        lambda request: _sse(chunk("Hel"), *[x for _ in range(100) for x in (b": ka\n\n", 0.2)])
    )
    timeout = venice.Timeout(60.0, idle=BUDGET)  # total: 60 s
    error, took = timed(mode, server.base_url, "stream", client={"timeout": timeout})
    assert isinstance(error, venice.StreamIdleTimeoutError) and isinstance(error, venice.APITimeoutError)
    assert error.timeout == BUDGET and "idle" in str(error)
    assert took < SLOW


def test_a_silent_stream_ends_at_the_idle_timeout(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: _sse(chunk("Hel"), 4.0))
    error, took = timed(
        mode, server.base_url, "stream", client={"timeout": venice.Timeout(60.0, idle=BUDGET)}
    )
    assert isinstance(error, venice.StreamIdleTimeoutError)
    assert took < SLOW


def test_events_restart_the_idle_timeout(raw_server: Any, mode: str) -> None:
    # Six events 0.4 s apart: 2.4 s in all, longer than the idle timeout, never idle that long.
    events = [x for i in range(6) for x in (chunk(str(i)), 0.4)]
    server = raw_server(lambda request: _sse(*events, b"data: [DONE]\n\n", "close"))  # type: ignore[list-item]
    got = run(mode, server.base_url, "stream", client={"timeout": venice.Timeout(60.0, idle=BUDGET)})
    assert got == [str(i) for i in range(6)]


# ---- size caps --------------------------------------------------------------------------------


def test_a_body_announced_over_the_cap_is_refused_unread(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: Answer([response_bytes(200, CHAT)]))
    error, _ = timed(mode, server.base_url, "chat", client={"max_response_size": 100})
    assert isinstance(error, venice.ResponseTooLargeError) and error.limit == 100
    assert "max_response_size=100" in str(error) and f"Content-Length {len(CHAT)}" in str(error)
    assert len(server.requests) == 1


def test_a_body_without_length_stops_at_the_cap(raw_server: Any, mode: str) -> None:
    body = b'{"pad": "' + b"x" * 50_000 + b'"}'
    server = raw_server(lambda request: Answer([_head("application/json"), body, "close"]))
    error, _ = timed(mode, server.base_url, "chat", client={"max_response_size": 1000})
    assert isinstance(error, venice.ResponseTooLargeError) and error.limit == 1000
    assert isinstance(error, venice.APIResponseValidationError)


# 20 MB of JSON that gzip shrinks to about 20 KB: its compressed size is far under the cap.
INFLATING = b'{"pad": "' + b"0" * 20_000_000 + b'"}'


@pytest.mark.parametrize("action", ["chat", "chat_raw", "chat_streamed"])
def test_a_compressed_body_is_capped_after_decompression(raw_server: Any, mode: str, action: str) -> None:
    server = raw_server(lambda request: gzipped(INFLATING, "application/json"))
    error, _ = timed(mode, server.base_url, action, client={"max_response_size": 1_000_000})
    assert isinstance(error, venice.ResponseTooLargeError), error
    assert "max_response_size=1000000 bytes (decompressed)" in str(error)


@pytest.mark.parametrize("action", ["chat_raw", "chat_streamed"])
def test_a_body_read_whole_is_capped_in_every_response_mode(raw_server: Any, mode: str, action: str) -> None:
    body = b'{"pad": "' + b"x" * 50_000 + b'"}'
    server = raw_server(lambda request: Answer([_head("application/json"), body, "close"]))
    error, _ = timed(mode, server.base_url, action, client={"max_response_size": 1000})
    assert isinstance(error, venice.ResponseTooLargeError), error


def test_an_error_body_is_capped_too(raw_server: Any, mode: str) -> None:
    body = json.dumps({"error": "x" * 5000}).encode()
    server = raw_server(lambda request: Answer([response_bytes(500, body)]))
    error, _ = timed(mode, server.base_url, "chat", client={"max_response_size": 1000})
    assert isinstance(error, venice.ResponseTooLargeError)


@pytest.mark.parametrize(
    "hostile",
    [
        b"data: " + b"x" * 5000,  # one line that never ends
        b"data: xxxxxxxxxx\n" * 500,  # one event that never ends
    ],
    ids=["line", "event"],
)
def test_an_sse_line_or_event_over_the_cap_stops_the_stream(
    raw_server: Any, mode: str, hostile: bytes
) -> None:
    server = raw_server(lambda request: _sse(chunk("Hel"), hostile, 5.0))
    error, _ = timed(mode, server.base_url, "stream", client={"max_event_size": 1000})
    assert isinstance(error, venice.ResponseTooLargeError) and error.limit == 1000
    assert "max_event_size=1000" in str(error)


def test_caps_follow_with_options(raw_server: Any) -> None:
    server = raw_server(lambda request: Answer([response_bytes(200, CHAT)]))
    with venice.Venice(api_key="k", base_url=server.base_url, max_response_size=100) as client:
        copy = client.with_options(max_retries=0)
        assert (copy.max_response_size, copy.max_event_size) == (100, client.max_event_size)
        with pytest.raises(venice.ResponseTooLargeError):
            copy.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])


def test_timeout_limits_and_defaults() -> None:
    assert (venice.Timeout(3.0).total, venice.Timeout(3.0).read) == (3.0, 3.0)
    default = venice.Timeout(connect=1.0)
    assert (default.connect, default.read, default.total, default.idle) == (1.0, 600.0, 900.0, 300.0)
    assert venice.Timeout(None).total is None
    assert venice.Timeout(10.0, total=None, idle=None) == venice.Timeout(10.0, total=None, idle=None)
    assert venice.Timeout(10.0) != httpx.Timeout(10.0)
    with pytest.raises(ValueError, match="total"):
        venice.Timeout(total=0)


# The read timeout: no data for that long while an answer is awaited. Data restarts it, however
# often it comes (the aiohttp transport moves a deadline instead of re-arming a timer per read).
READ = 0.3
AUDIO = bytes(range(12))


def _audio_head() -> bytes:
    return _head("audio/mpeg", len(AUDIO))


def test_data_that_keeps_coming_restarts_the_read_timeout(raw_server: Any, mode: str) -> None:
    # Headers after 0.2 s, then a byte every 0.1 s: 1.4 s in all, no gap of READ.
    steps: list[bytes | float | str] = [0.2, _audio_head()]
    for byte in AUDIO:
        steps += [0.1, bytes([byte])]
    server = raw_server(lambda request: Answer(steps))
    got = run(mode, server.base_url, "speech", client={"timeout": httpx.Timeout(READ), "max_retries": 0})
    assert got == AUDIO


@pytest.mark.parametrize("where", ["before the headers", "after the headers", "mid-body"])
def test_silence_longer_than_the_read_timeout_is_a_read_timeout(
    raw_server: Any, mode: str, where: str
) -> None:
    steps: list[bytes | float | str] = {
        "before the headers": [0.1, 2.0],
        "after the headers": [0.1, _audio_head(), 2.0],
        "mid-body": [_audio_head(), *(x for byte in AUDIO[:6] for x in (0.1, bytes([byte]))), 2.0],
    }[where]
    server = raw_server(lambda request: Answer(steps))
    options = {"timeout": httpx.Timeout(READ), "max_retries": 0}
    error, took = timed(mode, server.base_url, "speech", client=options)
    assert isinstance(error, venice.APITimeoutError) and not isinstance(error, venice.TotalTimeoutError)
    assert "waiting for data (ReadTimeout)" in str(error)
    assert took < 1.5  # the last data plus READ, well before the 2 s of silence end


@pytest.mark.parametrize("mode", ["async", "aiohttp"])
@pytest.mark.parametrize("limit", ["total", "idle"])
def test_deadlines_on_shared_timers_end_calls_the_same(
    raw_server: Any, mode: str, limit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deadlines over 5 s share one timer per second (``_timer_wheel``): here every deadline
    does, so the engine's total and idle limits are checked on that path too (up to 1 s later)."""
    monkeypatch.setattr(_timer_wheel, "PRECISE", 0.0)
    if limit == "total":
        server = raw_server(lambda request: drip(CHAT))
        error, took = timed(mode, server.base_url, "chat", timeout=BUDGET)
        assert isinstance(error, venice.TotalTimeoutError)
    else:
        server = raw_server(lambda request: _sse(chunk("Hel"), 4.0))
        error, took = timed(
            mode, server.base_url, "stream", client={"timeout": venice.Timeout(60.0, idle=BUDGET)}
        )
        assert isinstance(error, venice.StreamIdleTimeoutError)
    assert BUDGET <= took < SLOW
