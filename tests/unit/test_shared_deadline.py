"""``venice._core._timer_wheel``: ``asyncio.timeout``'s behaviour, with one timer per second.

``PRECISE`` is set to 0 here so that short deadlines take the shared path (rounded up to the next
whole second of the loop's clock); the fault suite runs the engine's deadlines through it too."""

from __future__ import annotations

import asyncio
import time

import pytest

from venice._core import _timer_wheel
from venice._core._timer_wheel import _BY_LOOP, shared_deadline


@pytest.fixture(autouse=True)
def shared_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_timer_wheel, "PRECISE", 0.0)


def test_a_block_past_its_deadline_raises_timeout_error_not_before_it() -> None:
    async def main() -> float:
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            async with shared_deadline(0.3):
                await asyncio.sleep(5)
        return time.monotonic() - started

    took = asyncio.run(main())
    assert 0.3 <= took < 1.5  # the deadline, rounded up to the next whole second at most


def test_a_block_that_ends_in_time_leaves_its_task_alone() -> None:
    async def main() -> str:
        async with shared_deadline(0.2):
            await asyncio.sleep(0)
        await asyncio.sleep(1.3)  # past the second the deadline would have ended in
        return "not cancelled"

    assert asyncio.run(main()) == "not cancelled"


def test_a_cancellation_from_outside_stays_a_cancellation() -> None:
    async def inner(started: asyncio.Event) -> None:
        async with shared_deadline(30.0):
            started.set()
            await asyncio.sleep(5)

    async def main() -> None:
        started = asyncio.Event()
        task = asyncio.create_task(inner(started))
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())


def test_an_inner_deadline_is_the_inner_blocks_only() -> None:
    async def main() -> str:
        async with shared_deadline(60.0):
            with pytest.raises(TimeoutError):
                async with shared_deadline(0.1):
                    await asyncio.sleep(5)
            await asyncio.sleep(0.05)  # the outer block goes on
            return "outer went on"

    assert asyncio.run(main()) == "outer went on"


def test_calls_ending_in_the_same_second_share_one_timer() -> None:
    async def call(answer: asyncio.Event) -> None:
        async with shared_deadline(600.0):
            await answer.wait()

    async def main() -> tuple[int, int, int]:
        loop = asyncio.get_running_loop()
        answer = asyncio.Event()
        before = len(loop._scheduled)  # type: ignore[attr-defined]
        tasks = [asyncio.create_task(call(answer)) for _ in range(500)]
        await asyncio.sleep(0)  # every call is in its block
        seconds = _BY_LOOP[loop]
        in_flight = sum(len(calls) for calls in seconds.pending.values())
        timers = len(loop._scheduled) - before  # type: ignore[attr-defined]
        answer.set()
        await asyncio.gather(*tasks)
        return in_flight, timers, sum(len(calls) for calls in seconds.pending.values())

    in_flight, timers, left = asyncio.run(main())
    assert in_flight == 500
    assert timers <= 2  # one per second the 500 deadlines end in (they began within a second)
    assert left == 0  # each call left its second's set
