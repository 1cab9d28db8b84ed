"""``chat.completions.stream_tools``: ``run_tools`` with every round streamed. ``for event in run``
gives each round's chat stream events (``content.delta``, ``tool_calls.function.arguments.done``,
...), then one ``tool_calls.function.result`` event per call the round made; ``get_final_result()``
is the ``ToolRunResult`` that ``run_tools`` returns.

The loop is ``_tool_runner._steps``, the policy of ``run_tools`` unchanged (its rules and errors);
the drivers here only do its I/O. A round's request is sent with ``stream: True``, its chunks go
through a ``ChatCompletionStreamState``, and the completion they add up to is the round's answer.
The blocking driver reads a ``Stream`` and makes the calls one after the other; the async one reads
an ``AsyncStream`` and makes a round's calls concurrently (``_ainvoke_all``). The request asks for
the usage chunk (``stream_options.include_usage``) unless ``stream_options`` is given, so that the
result's usage is counted as ``run_tools`` counts it.

The managers start the loop when their block is entered (mistaken arguments raise there, before any
request) and stop it when it is left: the HTTP stream being read is closed and no more rounds run.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Mapping
from types import TracebackType
from typing import Any

from venice.lib._chat_stream_state import ChatCompletionStreamState
from venice.lib._event_iteration import AsyncEventIteration, EventIteration
from venice.lib._tool_results import ToolRunResult
from venice.lib._tool_run_events import ToolRunStreamEvent, result_events
from venice.lib._tool_runner import _ainvoke_all, _Answered, _Complete, _Invoke, _invoke, _steps

__all__ = [
    "AsyncToolRunStream",
    "AsyncToolRunStreamManager",
    "ToolRunStream",
    "ToolRunStreamManager",
]

_Step = _Complete | _Invoke | _Answered
_Steps = Generator[_Step, Any, ToolRunResult]


class _Outcome:
    """Where a driver leaves the loop's result (not the stream itself: no reference cycle)."""

    __slots__ = ("result",)

    def __init__(self) -> None:
        self.result: ToolRunResult | None = None

    def final(self) -> ToolRunResult:
        if self.result is None:
            raise RuntimeError("the tool run was closed before it finished: it has no final result")
        return self.result


def _streamed(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """A round's request as streamed: the usage chunk asked for unless ``stream_options`` is given."""
    return {"stream_options": {"include_usage": True}, **arguments, "stream": True}


# Module functions, not methods, so that a stream and its generator form no reference cycle.


def _events(
    resource: Any, operation_id: str, steps: _Steps, step: _Step, outcome: _Outcome
) -> Generator[ToolRunStreamEvent, None, None]:
    try:
        while True:
            reply: Any = None
            if isinstance(step, _Complete):
                state: ChatCompletionStreamState[None] = ChatCompletionStreamState()
                with resource._call(operation_id, _streamed(step.arguments)) as chunks:
                    for chunk in chunks:
                        yield from state.handle_chunk(chunk)
                yield from state.finish()
                reply = state.current_completion_snapshot
            elif isinstance(step, _Invoke):
                reply = [_invoke(invocation) for invocation in step.invocations]
            else:
                yield from result_events(step.results)
            step = steps.send(reply)
    except StopIteration as finished:
        outcome.result = finished.value
    finally:
        steps.close()


async def _async_events(
    resource: Any, operation_id: str, steps: _Steps, step: _Step, outcome: _Outcome
) -> AsyncGenerator[ToolRunStreamEvent, None]:
    try:
        while True:
            reply: Any = None
            if isinstance(step, _Complete):
                state: ChatCompletionStreamState[None] = ChatCompletionStreamState()
                async with await resource._call(operation_id, _streamed(step.arguments)) as chunks:
                    async for chunk in chunks:
                        for event in state.handle_chunk(chunk):
                            yield event
                for event in state.finish():
                    yield event
                reply = state.current_completion_snapshot
            elif isinstance(step, _Invoke):
                reply = await _ainvoke_all(step.invocations)
            else:
                for answered in result_events(step.results):
                    yield answered
            step = steps.send(reply)
    except StopIteration as finished:
        outcome.result = finished.value
    finally:
        steps.close()


class ToolRunStream(EventIteration[ToolRunStreamEvent]):
    """A tool run as typed events (``for event in run``); see ``ToolRunStreamEvent``.

    Iterate it once: the events, ``text_stream``, ``until_done`` and ``get_final_result`` all go on
    from where the last stopped.
    """

    def __init__(self, events: Generator[ToolRunStreamEvent, None, None], outcome: _Outcome) -> None:
        self._events = events
        self._outcome = outcome

    def get_final_result(self) -> ToolRunResult:
        """Run the rest of the loop and return what ``run_tools`` returns; raises as it does.
        ``RuntimeError`` once the run was closed before its end."""
        self.until_done()
        return self._outcome.final()

    def close(self) -> None:
        """Close the HTTP stream being read and stop the loop (idempotent)."""
        self._events.close()


class AsyncToolRunStream(AsyncEventIteration[ToolRunStreamEvent]):
    """``ToolRunStream`` on an async client (``async for event in run``)."""

    def __init__(self, events: AsyncGenerator[ToolRunStreamEvent, None], outcome: _Outcome) -> None:
        self._events = events
        self._outcome = outcome

    async def get_final_result(self) -> ToolRunResult:
        """Run the rest of the loop and return what ``run_tools`` returns; raises as it does.
        ``RuntimeError`` once the run was closed before its end."""
        await self.until_done()
        return self._outcome.final()

    async def close(self) -> None:
        """Close the HTTP stream being read and stop the loop (idempotent)."""
        await self._events.aclose()


class _Manager:
    """What the managers keep until their block is entered: the namespace, operation and arguments."""

    def __init__(self, resource: Any, operation_id: str, arguments: Mapping[str, Any], *, blocking: bool):
        self._resource = resource
        self._operation_id = operation_id
        self._arguments = arguments
        self._blocking = blocking

    def _start(self) -> tuple[_Steps, _Step]:
        """The loop started: its arguments checked, and its first step (the first request)."""
        steps = _steps(self._arguments, blocking=self._blocking)
        return steps, next(steps)


class ToolRunStreamManager(_Manager):
    """``with manager as run:`` starts the tool run; leaving the block stops it, finished or not."""

    def __init__(self, resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> None:
        super().__init__(resource, operation_id, arguments, blocking=True)
        self._run: ToolRunStream | None = None

    def __enter__(self) -> ToolRunStream:
        steps, first = self._start()
        outcome = _Outcome()
        self._run = ToolRunStream(_events(self._resource, self._operation_id, steps, first, outcome), outcome)
        return self._run

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._run is not None:
            self._run.close()


class AsyncToolRunStreamManager(_Manager):
    """``async with manager as run:`` starts the tool run; leaving the block stops it, finished or not."""

    def __init__(self, resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> None:
        super().__init__(resource, operation_id, arguments, blocking=False)
        self._run: AsyncToolRunStream | None = None

    async def __aenter__(self) -> AsyncToolRunStream:
        steps, first = self._start()
        outcome = _Outcome()
        events = _async_events(self._resource, self._operation_id, steps, first, outcome)
        self._run = AsyncToolRunStream(events, outcome)
        return self._run

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._run is not None:
            await self._run.close()
