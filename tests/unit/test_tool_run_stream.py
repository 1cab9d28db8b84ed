"""``chat.completions.stream_tools`` (``venice.lib._tool_run_stream``) end to end, the generated
method against the offline Venice: it answers a call of the request's tools in turn until the
conversation ends with tool results, then a sentence repeating them; streamed, as chunk fragments.
Every test that can runs on the blocking and the async client."""

from __future__ import annotations

import json
from typing import Any, Literal

import pytest

from venice import MaxIterationsError
from venice.lib._tool_results import ToolRunResult
from venice.lib._tool_run_events import FunctionToolCallResultEvent, ToolRunStreamEvent
from venice.testing import OfflineVenice

USER = {"role": "user", "content": "Weather in Paris?"}


def get_weather(city: str, unit: Literal["c", "f"]) -> dict[str, object]:
    """The weather now.

    Args:
        city: The city's name.
        unit: Celsius or Fahrenheit.
    """
    return {"city": city, "temperature": 21, "unit": unit}


def get_time(city: str) -> str:
    """The local time in a city.

    Args:
        city: The city's name.
    """
    return f"12:00 in {city}"


def broken_forecast(city: str) -> str:
    """Tomorrow's weather.

    Args:
        city: The city's name.
    """
    raise ValueError(f"no forecast for {city}")


@pytest.fixture(params=["sync", "async"])
def is_async(request: pytest.FixtureRequest) -> bool:
    return bool(request.param == "async")


async def stream_tools(
    offline: OfflineVenice, is_async: bool, events: list[ToolRunStreamEvent] | None = None, **arguments: Any
) -> tuple[list[ToolRunStreamEvent], ToolRunResult]:
    """Every event of one ``stream_tools`` run (kept in ``events`` too, for a run that raises), and
    its final result."""
    arguments = {"model": "m", "messages": [USER], **arguments}
    events = [] if events is None else events
    if is_async:
        async_client = offline.async_client()
        try:
            async with async_client.chat.completions.stream_tools(**arguments) as async_run:
                async for event in async_run:
                    events.append(event)
                return events, await async_run.get_final_result()
        finally:
            await async_client.close()
    with offline.client() as client, client.chat.completions.stream_tools(**arguments) as run:
        events.extend(run)
        return events, run.get_final_result()


def kinds(events: list[ToolRunStreamEvent]) -> list[str]:
    """The events' types, chunks left out and each run of one type told once."""
    told: list[str] = []
    for event in events:
        if event.type != "chunk" and (not told or told[-1] != event.type):
            told.append(event.type)
    return told


def results(events: list[ToolRunStreamEvent]) -> list[FunctionToolCallResultEvent]:
    return [event for event in events if isinstance(event, FunctionToolCallResultEvent)]


@pytest.mark.anyio
async def test_each_round_streams_its_events_then_the_results_of_its_calls(is_async: bool) -> None:
    with OfflineVenice() as offline:
        events, result = await stream_tools(offline, is_async, tools=[get_weather])
        sent = [request.json() for request in offline.requests]

    assert kinds(events) == [
        "tool_calls.function.arguments.delta",
        "tool_calls.function.arguments.done",
        "tool_calls.function.result",
        "content.delta",
        "content.done",
    ]
    (done,) = [event for event in events if event.type == "tool_calls.function.arguments.done"]
    (answered,) = results(events)
    call = result.rounds[0].tool_calls[0]
    assert (answered.index, answered.name, answered.call_id) == (0, "get_weather", call.id)
    assert answered.arguments == done.arguments == call.function.arguments
    assert done.parsed_arguments is None  # the loop checks the arguments: a mistake goes back to the model
    assert answered.error is None and answered.value == get_weather(**json.loads(done.arguments))
    assert answered.content == result.messages[2].get("content")
    text = "".join(event.delta for event in events if event.type == "content.delta")
    assert text == result.completion.choices[0].message.content
    assert all(request["stream"] is True for request in sent) and len(sent) == 2
    assert sent[0]["stream_options"] == {"include_usage": True}  # so that the usage is counted


@pytest.mark.anyio
async def test_the_final_result_is_what_run_tools_returns(is_async: bool) -> None:
    arguments: dict[str, Any] = {"model": "m", "messages": [USER], "tools": [get_weather, get_time]}
    with OfflineVenice() as offline:
        _, streamed = await stream_tools(offline, is_async, **arguments)
        with offline.client() as client:
            returned = client.chat.completions.run_tools(**arguments)

    assert type(streamed) is ToolRunResult
    assert [m["role"] for m in streamed.messages] == [m["role"] for m in returned.messages]
    assert streamed.messages[-1] == returned.messages[-1]
    assert len(streamed.rounds) == len(returned.rounds) == 2
    assert [r.value for r in streamed.rounds[0].results] == [r.value for r in returned.rounds[0].results]
    assert streamed.usage.to_dict() == returned.usage.to_dict()
    assert streamed.usage.total_tokens == sum(r.usage.total_tokens for r in streamed.rounds) > 0
    assert streamed.completion is streamed.rounds[-1].completion
    assert streamed.completion.choices[0].message.content == returned.completion.choices[0].message.content


@pytest.mark.anyio
async def test_stream_options_given_are_sent_as_they_are(is_async: bool) -> None:
    with OfflineVenice() as offline:
        _, result = await stream_tools(
            offline, is_async, tools=[get_weather], stream_options={"include_usage": False}
        )
        sent = [request.json() for request in offline.requests]
    assert [request["stream_options"] for request in sent] == [{"include_usage": False}] * 2
    assert result.usage.total_tokens == 0  # the rounds did not report it


@pytest.mark.anyio
async def test_a_tool_that_raises_is_answered_with_the_error_and_the_loop_goes_on(is_async: bool) -> None:
    with OfflineVenice() as offline:
        events, result = await stream_tools(offline, is_async, tools=[broken_forecast])
    (answered,) = results(events)
    assert isinstance(answered.error, ValueError)
    assert answered.content == "Error: ValueError: no forecast for example"
    assert answered.content == result.messages[2].get("content")
    assert answered.value is None
    assert result.rounds[0].results[0].error is answered.error
    assert kinds(events)[-2:] == ["content.delta", "content.done"]


@pytest.mark.anyio
async def test_raise_tool_errors_raises_after_the_rounds_result_events(is_async: bool) -> None:
    events: list[ToolRunStreamEvent] = []
    with OfflineVenice() as offline:
        with pytest.raises(ValueError, match="no forecast"):
            await stream_tools(offline, is_async, events, tools=[broken_forecast], raise_tool_errors=True)
        assert len(offline.requests) == 1
    assert events[-1].type == "tool_calls.function.result"


@pytest.mark.anyio
async def test_max_iterations_raises_after_the_last_rounds_results(is_async: bool) -> None:
    events: list[ToolRunStreamEvent] = []
    with OfflineVenice() as offline:
        with pytest.raises(MaxIterationsError) as raised:
            await stream_tools(offline, is_async, events, tools=[get_weather], max_iterations=1)
        assert len(offline.requests) == 1
    assert events[-1].type == "tool_calls.function.result"
    assert [m["role"] for m in raised.value.messages] == ["user", "assistant", "tool"]


def test_mistaken_arguments_raise_when_the_block_is_entered_before_any_request() -> None:
    with OfflineVenice() as offline, offline.client() as client:
        manager = client.chat.completions.stream_tools(
            model="m", messages=[USER], tools=[get_weather], max_iterations=0
        )
        with pytest.raises(ValueError, match="max_iterations"), manager:
            pass
        assert not offline.requests


def spy_on_streams(monkeypatch: pytest.MonkeyPatch, client: Any, opened: list[Any]) -> None:
    """Keep each stream the client's ``chat.completions`` opens in ``opened``."""
    completions = type(client.chat.completions)
    call = completions._call

    def spy(self: Any, operation_id: str, arguments: Any) -> Any:
        opened.append(call(self, operation_id, arguments))
        return opened[-1]

    async def async_spy(self: Any, operation_id: str, arguments: Any) -> Any:
        opened.append(await call(self, operation_id, arguments))
        return opened[-1]

    monkeypatch.setattr(completions, "_call", async_spy if completions.__name__.startswith("Async") else spy)


def test_leaving_the_block_early_closes_the_stream_and_stops_the_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Any] = []
    with OfflineVenice() as offline, offline.client() as client:
        spy_on_streams(monkeypatch, client, opened)
        with client.chat.completions.stream_tools(model="m", messages=[USER], tools=[get_weather]) as run:
            for event in run:
                if event.type == "tool_calls.function.arguments.delta":
                    break
            assert not opened[0].response.is_closed
        assert opened[0].response.is_closed
        assert list(run) == [] and len(offline.requests) == 1
        with pytest.raises(RuntimeError, match="closed before it finished"):
            run.get_final_result()


@pytest.mark.anyio
async def test_async_leaving_the_block_early_closes_the_stream_and_stops_the_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Any] = []
    with OfflineVenice() as offline:
        client = offline.async_client()
        spy_on_streams(monkeypatch, client, opened)
        manager = client.chat.completions.stream_tools(model="m", messages=[USER], tools=[get_weather])
        async with manager as run:
            async for event in run:
                if event.type == "tool_calls.function.result":
                    break
        assert opened[0].response.is_closed  # the first round's, read to its end
        assert [event async for event in run] == [] and len(offline.requests) == 1
        await client.close()


def test_text_stream_is_the_text_of_every_answer() -> None:
    with OfflineVenice() as offline, offline.client() as client:
        manager = client.chat.completions.stream_tools(model="m", messages=[USER], tools=[get_weather])
        with manager as run:
            text = "".join(run.text_stream)
            result = run.get_final_result()
    assert text and text == result.completion.choices[0].message.content


@pytest.mark.anyio
async def test_async_text_stream_is_the_text_of_every_answer() -> None:
    with OfflineVenice() as offline:
        client = offline.async_client()
        async with client.chat.completions.stream_tools(model="m", messages=[USER], tools=[get_time]) as run:
            text = "".join([piece async for piece in run.text_stream])
            result = await run.get_final_result()
        await client.close()
    assert "12:00 in" in text and text == result.completion.choices[0].message.content
