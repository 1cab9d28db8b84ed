"""The failure guard keeps a buggy loop from getting its key locked out (issue 9, item 9).

Venice: more than 20 failed requests within 30 s earn a 429 lock-out. After 20 consecutive
failures with the same status the client refuses to send for 30 s (``CircuitOpenError``, before
any I/O); failures mixed with successes or of different kinds never open it; Venice's own
lock-out answer opens it at once.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest
from _sleepless import client as sleepless

import venice

from ._modes import HI, KEY, async_venice
from .raw_server import chat, ok, status

LOCKOUT = (
    "Too many failed attempts (> 20) resulting in a non-success status code. Please wait 30s and try "
    "again. See https://docs.venice.ai/api-reference/rate-limiting for more information."
)


def loop_of_calls(mode: str, base_url: str, calls: int, **options: Any) -> list[BaseException | str]:
    """What each of ``calls`` sequential calls on one client ended with."""
    settings: dict[str, Any] = {"api_key": KEY, "base_url": base_url, "_sleep": lambda s: None, **options}
    outcomes: list[BaseException | str] = []
    if mode == "sync":
        with sleepless(venice.Venice, **settings) as client:
            for _ in range(calls):
                try:
                    outcomes.append(
                        client.chat.completions.create(model="m", messages=HI).choices[0].message.content
                    )
                except venice.VeniceError as exc:
                    outcomes.append(exc)
        return outcomes

    async def main() -> None:
        async with async_venice(mode, **settings) as client:
            for _ in range(calls):
                try:
                    completion = await client.chat.completions.create(model="m", messages=HI)
                    outcomes.append(completion.choices[0].message.content)
                except venice.VeniceError as exc:
                    outcomes.append(exc)

    asyncio.run(main())
    return outcomes


def test_twenty_same_failures_open_the_circuit(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: status(401, {"error": "Authentication failed"}))
    outcomes = loop_of_calls(mode, server.base_url, 25)
    assert all(isinstance(o, venice.AuthenticationError) for o in outcomes[:20])
    refused = outcomes[20:]
    assert all(isinstance(o, venice.CircuitOpenError) for o in refused)
    assert len(server.requests) == 20  # the key never reaches Venice's "> 20" lock-out
    error = refused[0]
    assert isinstance(error, venice.CircuitOpenError)
    assert (error.status_code, error.failures) == (401, 20) and 29.0 < error.retry_after <= 30.0
    assert "failed with status 401" in str(error) and "max_consecutive_failures=None" in str(error)


def test_retried_failures_count_each_attempt(raw_server: Any, mode: str) -> None:
    server = raw_server(
        lambda request: status(503, {"error": "The model is at capacity. Please try again later."})
    )
    outcomes = loop_of_calls(mode, server.base_url, 10, max_retries=2)
    assert (
        sum(isinstance(o, venice.ServiceUnavailableError) for o in outcomes) == 6
    )  # 6 calls x 3 attempts = 18
    assert isinstance(outcomes[6], venice.CircuitOpenError)  # refused on its 3rd attempt (the 21st)
    assert len(server.requests) == 20


def test_mixed_outcomes_never_open_it(raw_server: Any, mode: str) -> None:
    kinds = itertools.cycle(
        [
            status(400, {"error": "Invalid request parameters"}),
            status(404, {"error": "Specified model not found"}),
        ]
        + [status(401)] * 5
        + [ok(chat("hi"))]
    )
    server = raw_server(lambda request: next(kinds))
    outcomes = loop_of_calls(mode, server.base_url, 60, max_retries=0)
    assert not any(isinstance(o, venice.CircuitOpenError) for o in outcomes)
    assert len(server.requests) == 60


def test_venice_lockout_answer_opens_it_at_once(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: status(429, {"error": LOCKOUT}))
    outcomes = loop_of_calls(mode, server.base_url, 3)
    assert isinstance(outcomes[0], venice.RateLimitError)
    assert all(isinstance(o, venice.CircuitOpenError) for o in outcomes[1:])
    assert len(server.requests) == 1  # the lock-out is neither retried nor extended


def test_the_guard_can_be_disabled(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: status(401))
    outcomes = loop_of_calls(mode, server.base_url, 25, max_consecutive_failures=None)
    assert all(isinstance(o, venice.AuthenticationError) for o in outcomes)
    assert len(server.requests) == 25


def test_with_options_copies_share_the_guard_of_their_key(raw_server: Any) -> None:
    server = raw_server(lambda request: status(401))
    with venice.Venice(api_key=KEY, base_url=server.base_url, max_consecutive_failures=3) as client:
        for _ in range(3):
            with pytest.raises(venice.AuthenticationError):
                client.with_options(max_retries=0).chat.completions.create(model="m", messages=HI)
        with pytest.raises(venice.CircuitOpenError):
            client.chat.completions.create(model="m", messages=HI)
        other_key = client.with_options(api_key="sk-other-key")
        with pytest.raises(venice.AuthenticationError):  # another key, another guard
            other_key.chat.completions.create(model="m", messages=HI)
    assert len(server.requests) == 4


@pytest.mark.parametrize("value", [0, -1])
def test_threshold_must_be_positive(value: int) -> None:
    with pytest.raises(ValueError, match="max_consecutive_failures"):
        venice.Venice(api_key=KEY, max_consecutive_failures=value)
    with pytest.raises(ValueError, match="max_consecutive_failures"):
        venice.AsyncVenice(api_key=KEY, max_consecutive_failures=value)


def test_a_success_resets_the_run(raw_server: Any, mode: str) -> None:
    answers = iter([status(401)] * 19 + [ok(chat("hi"))] + [status(401)] * 19)
    server = raw_server(lambda request: next(answers))
    outcomes = loop_of_calls(mode, server.base_url, 39, max_retries=0)
    assert not any(isinstance(o, venice.CircuitOpenError) for o in outcomes)
    assert outcomes[19] == "hi"
