"""``chat.completions.run_tools``: call the API, run the tools the model asks for, send their
results back, and again, until an answer asks for no tool.

The policy once, the I/O twice (as ``venice._binding._polling``): ``_steps`` is the whole loop as a
generator that does no I/O. It asks for a completion (``_Complete``) and for the round's calls to be
made (``_Invoke``), tells what came of them (``_Answered``, for a driver that reports it:
``stream_tools``), and decides everything else: the request of each round, the transcript, what a
failure sends back, when to stop. ``run_tools`` makes the calls one after the other; ``arun_tools``
makes a round's calls concurrently (an anyio task group: async functions on the event loop, plain
functions in worker threads) and keeps their results in the model's order.

Rules:

- Each round sends the conversation so far and the tools; the first choice's message drives the
  loop (with ``n`` > 1 the other choices are not acted on).
- A tool that raises, a call of a tool that is not in ``tools``, arguments that are not JSON or do
  not fit the schema: the tool message says ``Error: ...`` and the model may recover.
  ``raise_tool_errors=True`` raises what a tool raised instead, after the round's calls finished.
- A ``tool_choice`` that forces a call (``"required"`` or a named function) applies to the first
  round only, so that the model can answer once it has the results.
- After ``max_iterations`` rounds that all asked for tools (their calls made and answered, so the
  transcript can be sent again), ``MaxIterationsError``.

The resource namespace is handed in; this module knows no endpoint but the operation id it is given.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import anyio
import anyio.to_thread

from venice._types import NOT_GIVEN
from venice.lib._errors import MaxIterationsError, StructuredOutputError
from venice.lib._tool_results import (
    ToolCallResult,
    ToolRound,
    ToolRunResult,
    assistant_message,
    tool_message,
    total_usage,
)
from venice.lib._toolbox import FEATURE, Invocation, Toolbox, tool_content

if TYPE_CHECKING:
    from venice.types import ChatCompletion, ChatCompletionMessageParam, ChatCompletionMessageToolCall

__all__ = ["DEFAULT_MAX_ITERATIONS", "arun_tools", "run_tools"]

DEFAULT_MAX_ITERATIONS = 10
# The helper's own arguments, never sent; `self` is the generated method's.
_HELPER_ARGUMENTS = ("self", "tools", "max_iterations", "raise_tool_errors")


@dataclass(frozen=True)
class _Complete:
    """Call the API with ``arguments``; the reply is its ``ChatCompletion``."""

    arguments: dict[str, Any]


@dataclass(frozen=True)
class _Invoke:
    """Make these calls; the reply is one ``_Outcome`` each, in order."""

    invocations: tuple[Invocation, ...]


@dataclass(frozen=True)
class _Answered:
    """The round's calls with what came of each, as sent back to the model; the reply is ``None``."""

    results: tuple[ToolCallResult, ...]


class _Outcome(NamedTuple):
    value: Any
    error: Exception | None


class _Options(NamedTuple):
    request: dict[str, Any]
    messages: list[ChatCompletionMessageParam]
    toolbox: Toolbox
    max_iterations: int
    raise_tool_errors: bool


def _options(arguments: Mapping[str, Any], *, blocking: bool) -> _Options:
    """The arguments checked, before any request."""
    given = {key: value for key, value in arguments.items() if value is not NOT_GIVEN}
    if given.get("stream"):
        raise TypeError(f"{FEATURE}() does not stream; leave stream out")
    if "messages" not in given:
        raise TypeError(f"{FEATURE}() missing required argument: 'messages'")
    max_iterations = given.get("max_iterations", DEFAULT_MAX_ITERATIONS)
    if isinstance(max_iterations, bool) or not isinstance(max_iterations, int) or max_iterations < 1:
        raise ValueError(
            f"{FEATURE}(): max_iterations must be a whole number of at least 1, not {max_iterations!r}"
        )
    toolbox = Toolbox(given.get("tools") or [], blocking=blocking)
    request = {key: value for key, value in given.items() if key not in _HELPER_ARGUMENTS}
    request.pop("stream", None)
    messages = list(request.pop("messages"))
    if toolbox.params:
        request["tools"] = toolbox.params
    return _Options(request, messages, toolbox, max_iterations, bool(given.get("raise_tool_errors", False)))


def _steps(
    arguments: Mapping[str, Any], *, blocking: bool
) -> Generator[_Complete | _Invoke | _Answered, Any, ToolRunResult]:
    """The loop, without I/O: yields what to do, is sent what came of it, returns the result."""
    request, messages, toolbox, max_iterations, raise_tool_errors = _options(arguments, blocking=blocking)
    rounds: list[ToolRound] = []
    for _ in range(max_iterations):
        completion: ChatCompletion = yield _Complete({**request, "messages": list(messages)})
        message = completion.choices[0].message if completion.choices else None
        calls = (message.tool_calls if message is not None else None) or []
        if message is not None:
            messages.append(assistant_message(message))
        if not calls:
            rounds.append(ToolRound(completion, []))
            return ToolRunResult(completion, messages, rounds, total_usage(r.completion for r in rounds))
        planned = [_plan(toolbox, call) for call in calls]
        outcomes: list[_Outcome] = yield _Invoke(tuple(p for p in planned if isinstance(p, Invocation)))
        results = _results(calls, planned, outcomes)
        yield _Answered(tuple(results))
        if raise_tool_errors:
            for outcome in outcomes:
                if outcome.error is not None:
                    raise outcome.error
        messages.extend(tool_message(result) for result in results)
        rounds.append(ToolRound(completion, results))
        if request.get("tool_choice") == "required" or isinstance(request.get("tool_choice"), Mapping):
            request.pop("tool_choice")
    raise MaxIterationsError(max_iterations, messages=messages, completions=[r.completion for r in rounds])


def _plan(toolbox: Toolbox, call: ChatCompletionMessageToolCall) -> Invocation | Exception:
    """The Python call to make, or why there is none (the model's mistake, which it reads)."""
    try:
        return toolbox.invocation(call)
    except (LookupError, StructuredOutputError) as refused:
        return refused


def _results(
    calls: Sequence[ChatCompletionMessageToolCall],
    planned: Sequence[Invocation | Exception],
    outcomes: Sequence[_Outcome],
) -> list[ToolCallResult]:
    """Each call with what came of it, in the model's order: the outcome of the call made, or the
    reason it was not."""
    made = iter(outcomes)
    results = []
    for call, plan in zip(calls, planned, strict=True):
        if isinstance(plan, Exception):
            results.append(ToolCallResult(call, f"Error: {plan}", error=plan))
            continue
        value, error = next(made)
        if error is not None:
            results.append(ToolCallResult(call, f"Error: {type(error).__name__}: {error}", error=error))
        else:
            results.append(ToolCallResult(call, tool_content(value), value=value))
    return results


def _invoke(invocation: Invocation) -> _Outcome:
    try:
        value = invocation.function(*invocation.args, **invocation.kwargs)
        if inspect.isawaitable(value):  # a plain function that returned a coroutine
            getattr(value, "close", lambda: None)()  # never awaited: no "never awaited" warning
            raise TypeError("the tool returned an awaitable, which the blocking client cannot await")
    except Exception as error:
        return _Outcome(None, error)
    return _Outcome(value, None)


async def _ainvoke(invocation: Invocation) -> _Outcome:
    call = functools.partial(invocation.function, *invocation.args, **invocation.kwargs)
    try:
        value = await call() if invocation.is_async else await anyio.to_thread.run_sync(call)
        if inspect.isawaitable(value):  # a plain function that returned a coroutine
            value = await value
    except Exception as error:
        return _Outcome(None, error)
    return _Outcome(value, None)


async def _ainvoke_all(invocations: Sequence[Invocation]) -> list[_Outcome]:
    outcomes: list[_Outcome] = [_Outcome(None, None)] * len(invocations)

    async def run(index: int) -> None:
        outcomes[index] = await _ainvoke(invocations[index])

    async with anyio.create_task_group() as group:  # never fails: _ainvoke catches what a tool raises
        for index in range(len(invocations)):
            group.start_soon(run, index)
    return outcomes


def run_tools(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> ToolRunResult:
    """Run the tool loop on a blocking namespace: ``resource._call(operation_id, ...)`` answers each
    round; ``arguments`` are the method's (``NOT_GIVEN`` for one left out, ``self`` dropped)."""
    steps = _steps(arguments, blocking=True)
    reply: Any = None
    try:
        while True:
            step = steps.send(reply)
            if isinstance(step, _Complete):
                reply = resource._call(operation_id, step.arguments)
            elif isinstance(step, _Invoke):
                reply = [_invoke(invocation) for invocation in step.invocations]
            else:
                reply = None
    except StopIteration as finished:
        result: ToolRunResult = finished.value
        return result


async def arun_tools(resource: Any, operation_id: str, arguments: Mapping[str, Any]) -> ToolRunResult:
    """``run_tools`` on an async namespace; a round's calls run concurrently."""
    steps = _steps(arguments, blocking=False)
    reply: Any = None
    try:
        while True:
            step = steps.send(reply)
            if isinstance(step, _Complete):
                reply = await resource._call(operation_id, step.arguments)
            elif isinstance(step, _Invoke):
                reply = await _ainvoke_all(step.invocations)
            else:
                reply = None
    except StopIteration as finished:
        result: ToolRunResult = finished.value
        return result
