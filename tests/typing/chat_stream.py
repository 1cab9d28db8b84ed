"""The stream events of ``chat.completions.stream`` narrow on ``event.type`` under mypy --strict and
pyright: ``assert_type`` lines must pass both, ``error:`` lines both must reject. Checked by
test_static.py, never run."""

from __future__ import annotations

from typing import Any, assert_type

from venice import AsyncStream, Stream
from venice.lib._chat_stream import (
    AsyncChatCompletionStream,
    AsyncChatCompletionStreamManager,
    ChatCompletionStream,
    ChatCompletionStreamManager,
)
from venice.lib._chat_stream_state import ChatCompletionStreamEvent
from venice.lib._parsed import ParsedChatCompletion
from venice.types import ChatCompletion, ChatCompletionChunk


class Answer:
    value: int


def handle(event: ChatCompletionStreamEvent[Answer]) -> None:
    if event.type == "chunk":
        assert_type(event.snapshot, ChatCompletion)
        assert_type(event.chunk, ChatCompletionChunk)
    elif event.type == "content.delta":
        assert_type(event.delta, str)
        assert_type(event.snapshot, str)
    elif event.type == "content.done":
        assert_type(event.parsed, Answer | None)
        assert_type(event.content, str)
    elif event.type == "reasoning.delta":
        assert_type(event.snapshot, str)
        event.arguments  # error: a reasoning delta has no arguments
    elif event.type == "reasoning.done":
        assert_type(event.reasoning, str)
    elif event.type == "tool_calls.function.arguments.delta":
        assert_type(event.arguments_delta, str)
        event.parsed_arguments  # error: only the done event parses
    else:
        assert_type(event.parsed_arguments, object)
        assert_type(event.index, int)
    event.delta  # error: not every event has a delta


def sync(open_stream: Any) -> None:
    manager = ChatCompletionStreamManager[Answer](open_stream, response_format=Answer)
    with manager as stream:
        assert_type(stream, ChatCompletionStream[Answer])
        for event in stream:
            if event.type == "content.done" and event.parsed is not None:
                assert_type(event.parsed.value, int)
        for text in stream.text_stream:
            assert_type(text, str)
        assert_type(stream.get_final_completion(), ParsedChatCompletion[Answer])
        assert_type(stream.get_final_completion().choices[0].message.parsed, Answer | None)
        stream.get_final_completion().choices[0].message.parsed.value  # error: may be None


def inferred(chunks: Stream[ChatCompletionChunk], async_chunks: AsyncStream[ChatCompletionChunk]) -> None:
    with ChatCompletionStreamManager(lambda: chunks, response_format=Answer) as stream:
        assert_type(stream, ChatCompletionStream[Answer])
    ChatCompletionStreamManager(lambda: async_chunks)  # error: an async stream in the sync manager


async def asynchronous(open_stream: Any) -> None:
    async with AsyncChatCompletionStreamManager[Answer](open_stream, response_format=Answer) as stream:
        assert_type(stream, AsyncChatCompletionStream[Answer])
        async for event in stream:
            if event.type == "tool_calls.function.arguments.done":
                assert_type(event.name, str)
        async for text in stream.text_stream:
            assert_type(text, str)
        final = await stream.get_final_completion()
        assert_type(final.choices[0].message.parsed, Answer | None)
        stream.get_final_completion().choices  # error: get_final_completion is awaited
