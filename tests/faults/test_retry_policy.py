"""One retry policy for every connection failure (issue 9, items 3 and 8).

A failure before the answer or in the middle of a body the client reads whole (JSON, raw, error
bodies) is retried; a failure after the caller began reading a stream (SSE, binary) is not. A
server-advised wait longer than ``max_retry_after`` is not slept: the error comes at once, with
``retry_after`` on it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import venice

from ._modes import run
from .raw_server import SSE_BODY, Answer, Request, chat, cut, ok, reset, status

CHAT = json.dumps(chat("hi")).encode()


def scripted(*answers: Answer, then: Answer | None = None) -> Callable[[Request], Answer]:
    """Answer the first requests from ``answers``, every later one with ``then`` (default: ok)."""
    queue = list(answers)
    final = then or ok(chat("hi"))
    return lambda request: queue.pop(0) if queue else final


FAILURES_BEFORE_OR_IN_BODY = {
    "reset-before-answer": lambda: reset(),
    "reset-mid-json-body": lambda: cut(200, CHAT, "application/json", sent=len(CHAT) // 2),
    "close-mid-json-body": lambda: cut(200, CHAT, "application/json", sent=len(CHAT) // 2, then="close"),
    "reset-mid-error-body": lambda: cut(
        500, b'{"error": "Inference processing failed"}', "application/json", sent=10
    ),
}


@pytest.mark.parametrize("action", ["chat", "chat_raw"])
@pytest.mark.parametrize("failure", sorted(FAILURES_BEFORE_OR_IN_BODY))
def test_failure_before_or_inside_a_whole_body_is_retried(
    raw_server: Any, mode: str, failure: str, action: str
) -> None:
    make = FAILURES_BEFORE_OR_IN_BODY[failure]
    server = raw_server(scripted(make(), make()))
    assert run(mode, server.base_url, action) == "hi"
    assert len(server.requests) == 3


@pytest.mark.parametrize("failure", sorted(FAILURES_BEFORE_OR_IN_BODY))
def test_retries_exhausted_raise_a_connection_error(raw_server: Any, mode: str, failure: str) -> None:
    make = FAILURES_BEFORE_OR_IN_BODY[failure]
    server = raw_server(lambda request: make())
    with pytest.raises(venice.APIConnectionError) as info:
        run(mode, server.base_url, "chat", client={"max_retries": 2})
    assert not isinstance(info.value, venice.StreamInterruptedError)  # nothing was streamed to the caller
    assert len(server.requests) == 3


def test_max_retries_zero_sends_once(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: cut(200, CHAT, "application/json", sent=20))
    with pytest.raises(venice.APIConnectionError):
        run(mode, server.base_url, "chat", client={"max_retries": 0})
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("action", "answer"),
    [
        ("stream", lambda: cut(200, SSE_BODY, "text/event-stream", sent=len(SSE_BODY) // 2)),
        ("speech", lambda: cut(200, b"ID3" + b"\0" * 5000, "audio/mpeg", sent=1000)),
        ("speech_iter", lambda: cut(200, b"ID3" + b"\0" * 5000, "audio/mpeg", sent=1000)),
    ],
)
def test_failure_inside_a_stream_is_not_retried(
    raw_server: Any, mode: str, action: str, answer: Callable[[], Answer]
) -> None:
    server = raw_server(lambda request: answer())
    with pytest.raises(venice.StreamInterruptedError):
        run(mode, server.base_url, action)
    assert len(server.requests) == 1


# -- retry-after longer than the client's maximum wait ----------------------------------------


@pytest.mark.parametrize(
    ("code", "header", "error"),
    [
        (429, {"retry_after": "99999"}, venice.RateLimitError),
        (503, {"retry_after": "120"}, venice.ServiceUnavailableError),
        (429, {"retry_after_ms": "61000"}, venice.RateLimitError),
    ],
)
def test_long_retry_after_is_raised_at_once(
    raw_server: Any, mode: str, code: int, header: dict[str, str], error: type[venice.APIStatusError]
) -> None:
    server = raw_server(lambda request: status(code, {"error": "Rate limit exceeded"}, **header))
    sleeps: list[float] = []
    with pytest.raises(error, match="max_retry_after=60") as info:
        run(mode, server.base_url, "chat", client={"_sleep": sleeps.append})
    advised = float(next(iter(header.values()))) / (1000 if "retry_after_ms" in header else 1)
    assert info.value.retry_after == pytest.approx(advised)
    assert sleeps == [] and len(server.requests) == 1


def test_max_retry_after_is_a_client_option(raw_server: Any, mode: str) -> None:
    server = raw_server(scripted(status(429, retry_after="99999")))
    sleeps: list[float] = []
    assert (
        run(
            mode,
            server.base_url,
            "chat",
            client={
                "_sleep": sleeps.append,
                "max_retry_after": 100_000,
                "timeout": venice.Timeout(total=None),  # no overall deadline: the wait is allowed
            },
        )
        == "hi"
    )
    assert sleeps == [99999.0] and len(server.requests) == 2


def test_a_retry_wait_past_the_total_timeout_is_not_made(raw_server: Any, mode: str) -> None:
    server = raw_server(scripted(status(429, retry_after="30")))
    sleeps: list[float] = []
    with pytest.raises(venice.RateLimitError) as info:
        run(mode, server.base_url, "chat", client={"_sleep": sleeps.append, "timeout": 5.0})
    assert sleeps == [] and len(server.requests) == 1
    assert "total timeout of 5 s" in str(info.value) and info.value.retry_after == 30.0


def test_short_retry_after_is_slept_and_on_the_final_error(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: status(429, retry_after="2"))
    sleeps: list[float] = []
    with pytest.raises(venice.RateLimitError) as info:
        run(mode, server.base_url, "chat", client={"_sleep": sleeps.append})
    assert sleeps == [2.0, 2.0] and info.value.retry_after == 2.0
