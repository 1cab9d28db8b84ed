"""The events of ``chat.completions.stream_tools`` narrow on ``event.type`` under mypy --strict and
pyright, from a user's script: ``assert_type`` lines must pass both, ``error:`` lines both must
reject. Checked by test_static.py, never run."""

from __future__ import annotations

from typing import assert_type

from venice import AsyncVenice, Venice
from venice.lib._tool_results import ToolRunResult
from venice.lib._tool_run_stream import AsyncToolRunStream, ToolRunStream


def get_weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


async def get_time(city: str) -> str:
    """The time in a city."""
    return f"noon in {city}"


def sync(client: Venice) -> None:
    with client.chat.completions.stream_tools(
        model="m", messages=[{"role": "user", "content": "Weather?"}], tools=[get_weather]
    ) as run:
        assert_type(run, ToolRunStream)
        for event in run:
            if event.type == "tool_calls.function.result":
                assert_type(event.name, str)
                assert_type(event.call_id, str)
                assert_type(event.content, str)
                assert_type(event.error, Exception | None)
                event.delta  # error: a result has no delta
            elif event.type == "content.delta":
                assert_type(event.delta, str)
            elif event.type == "content.done":
                assert_type(event.parsed, None)
            elif event.type == "tool_calls.function.arguments.done":
                assert_type(event.arguments, str)
            event.content  # error: not every event has content
        for text in run.text_stream:
            assert_type(text, str)
        result = run.get_final_result()
        assert_type(result, ToolRunResult)
        assert_type(result.rounds[0].results[0].content, str)
    client.chat.completions.stream_tools(model="m", messages=[])  # error: tools is required


async def asynchronous(client: AsyncVenice) -> None:
    async with client.chat.completions.stream_tools(
        model="m", messages=[{"role": "user", "content": "Time?"}], tools=[get_time], max_iterations=3
    ) as run:
        assert_type(run, AsyncToolRunStream)
        async for event in run:
            if event.type == "tool_calls.function.result":
                assert_type(event.value, object)
            elif event.type == "chunk":
                event.name  # error: a chunk names no function
        async for text in run.text_stream:
            assert_type(text, str)
        assert_type(await run.get_final_result(), ToolRunResult)
        run.get_final_result().usage  # error: get_final_result is awaited
