"""``chat.completions.stream``'s managers and streams: typed events from Venice chunks, sync and async,
the final parsed completion, and closing. The chunks are Venice's JSON; the HTTP stream is a fake
(a list with ``close()`` and ``response``) or the offline Venice."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pydantic
import pytest

from venice.lib._chat_stream import (
    AsyncChatCompletionStream,
    AsyncChatCompletionStreamManager,
    ChatCompletionStream,
    ChatCompletionStreamManager,
)
from venice.lib._chat_stream_state import ChatCompletionStreamEvent, ChatCompletionStreamState
from venice.lib._errors import ContentFilterFinishReasonError, LengthFinishReasonError, StructuredOutputError
from venice.lib._tools import pydantic_function_tool
from venice.testing import OfflineVenice
from venice.types import ChatCompletionChunk

MESSAGES = [{"role": "user", "content": "What is the weather in Paris?"}]


class GetWeather(pydantic.BaseModel):
    """The current weather in a city."""

    city: str


class Forecast(pydantic.BaseModel):
    city: str
    celsius: int


GET_TIME = {
    "type": "function",
    "function": {
        "name": "get_time",
        "parameters": {"type": "object", "properties": {"zone": {"type": "string"}}},
    },
}


def chunk(*choices: dict[str, Any], usage: dict[str, Any] | None = None) -> ChatCompletionChunk:
    return ChatCompletionChunk.from_dict(
        {
            "id": "chatcmpl-7f3a",
            "object": "chat.completion.chunk",
            "created": 1767225600,
            "model": "qwen3-235b",
            "choices": list(choices),
            **({"usage": usage} if usage else {}),
        }
    )


def choice(index: int = 0, finish: str | None = None, **delta: Any) -> dict[str, Any]:
    return {"index": index, "delta": delta, "finish_reason": finish, "logprobs": None}


def call(index: int, arguments: str, name: str | None = None, id: str | None = None) -> dict[str, Any]:
    fragment: dict[str, Any] = {"index": index, "function": {"arguments": arguments}}
    if name is not None:
        fragment.update(id=id, type="function")
        fragment["function"]["name"] = name
    return fragment


USAGE = {"prompt_tokens": 21, "completion_tokens": 34, "total_tokens": 55}

# A reasoning model that thinks, says a line, then calls two tools, as Venice streams it.
TOOL_CHUNKS = [
    chunk(choice(role="assistant", content="")),
    chunk(choice(reasoning_content="The user wants ")),
    chunk(choice(reasoning_content="the weather.")),
    chunk(choice(content="Let me check.")),
    chunk(choice(tool_calls=[call(0, "", name="GetWeather", id="call_1")])),
    chunk(choice(tool_calls=[call(0, '{"city": ')])),
    chunk(choice(tool_calls=[call(0, '"Paris"}')])),
    chunk(choice(tool_calls=[call(1, '{"zone": "CET"}', name="get_time", id="call_2")])),
    chunk(choice(finish="tool_calls")),
    chunk(usage=USAGE),
]
TOOLS = [pydantic_function_tool(GetWeather), GET_TIME]

# An answer in a response_format type, in pieces.
FORECAST_CHUNKS = [
    chunk(choice(role="assistant", content="")),
    chunk(choice(content='{"city": "Pa')),
    chunk(choice(content='ris", "celsius": 21}')),
    chunk(choice(finish="stop")),
]


class FakeStream:
    """What ``chat.completions.create(stream=True)`` returns, over a list of chunks."""

    def __init__(self, chunks: list[ChatCompletionChunk]) -> None:
        self._chunks = iter(chunks)
        self.response = httpx.Response(200)
        self.closed = False
        self.read = 0

    def __iter__(self) -> Iterator[ChatCompletionChunk]:
        for item in self._chunks:
            if self.closed:
                return
            self.read += 1
            yield item

    def close(self) -> None:
        self.closed = True


class AsyncFakeStream(FakeStream):
    async def __aiter__(self) -> AsyncIterator[ChatCompletionChunk]:
        for item in FakeStream.__iter__(self):
            yield item

    async def close(self) -> None:
        self.closed = True


def manager(
    chunks: list[ChatCompletionChunk], **options: Any
) -> tuple[ChatCompletionStreamManager[Any], FakeStream]:
    fake = FakeStream(chunks)
    return ChatCompletionStreamManager(lambda: fake, **options), fake


def async_manager(
    chunks: list[ChatCompletionChunk], **options: Any
) -> tuple[AsyncChatCompletionStreamManager[Any], AsyncFakeStream]:
    fake = AsyncFakeStream(chunks)

    async def open_stream() -> AsyncFakeStream:
        return fake

    return AsyncChatCompletionStreamManager(open_stream, **options), fake


def summary(event: ChatCompletionStreamEvent[Any]) -> tuple[Any, ...]:
    """An event as comparable data: its type and its payload (the chunk event: the content so far)."""
    if event.type == "chunk":
        return (
            "chunk",
            event.snapshot.to_dict()["choices"][0]["message"].get("content") if event.chunk.choices else None,
        )
    payload = {
        field.name: getattr(event, field.name)
        for field in dataclasses.fields(event)
        if not field.name.startswith("_")
    }
    if event.type in ("content.delta", "reasoning.delta"):
        payload["snapshot"] = event.snapshot
    del payload["type"]
    return (event.type, payload)


def events(chunks: list[ChatCompletionChunk], **options: Any) -> list[ChatCompletionStreamEvent[Any]]:
    m, _ = manager(chunks, **options)
    with m as stream:
        return list(stream)


async def async_events(
    chunks: list[ChatCompletionChunk], **options: Any
) -> list[ChatCompletionStreamEvent[Any]]:
    m, _ = async_manager(chunks, **options)
    async with m as stream:
        return [event async for event in stream]


def without_chunks(found: list[ChatCompletionStreamEvent[Any]]) -> list[tuple[Any, ...]]:
    return [summary(event) for event in found if event.type != "chunk"]


def test_reasoning_content_and_tool_calls_in_order() -> None:
    found = events(TOOL_CHUNKS, tools=TOOLS)
    assert [event.type for event in found].count("chunk") == len(TOOL_CHUNKS)
    assert found[0].type == "chunk"
    assert without_chunks(found) == [
        ("reasoning.delta", {"choice_index": 0, "delta": "The user wants ", "snapshot": "The user wants "}),
        (
            "reasoning.delta",
            {"choice_index": 0, "delta": "the weather.", "snapshot": "The user wants the weather."},
        ),
        ("reasoning.done", {"choice_index": 0, "reasoning": "The user wants the weather."}),
        (
            "content.delta",
            {"choice_index": 0, "delta": "Let me check.", "snapshot": "Let me check.", "parsed": None},
        ),
        ("content.done", {"choice_index": 0, "content": "Let me check.", "parsed": None}),
        (
            "tool_calls.function.arguments.delta",
            {"choice_index": 0, "name": "GetWeather", "index": 0, "arguments": "", "arguments_delta": ""},
        ),
        (
            "tool_calls.function.arguments.delta",
            {
                "choice_index": 0,
                "name": "GetWeather",
                "index": 0,
                "arguments": '{"city": ',
                "arguments_delta": '{"city": ',
            },
        ),
        (
            "tool_calls.function.arguments.delta",
            {
                "choice_index": 0,
                "name": "GetWeather",
                "index": 0,
                "arguments": '{"city": "Paris"}',
                "arguments_delta": '"Paris"}',
            },
        ),
        (
            "tool_calls.function.arguments.done",
            {
                "choice_index": 0,
                "name": "GetWeather",
                "index": 0,
                "arguments": '{"city": "Paris"}',
                "parsed_arguments": GetWeather(city="Paris"),
            },
        ),
        (
            "tool_calls.function.arguments.delta",
            {
                "choice_index": 0,
                "name": "get_time",
                "index": 1,
                "arguments": '{"zone": "CET"}',
                "arguments_delta": '{"zone": "CET"}',
            },
        ),
        (
            "tool_calls.function.arguments.done",
            {
                "choice_index": 0,
                "name": "get_time",
                "index": 1,
                "arguments": '{"zone": "CET"}',
                "parsed_arguments": {"zone": "CET"},
            },
        ),
    ]
    # Each chunk's event comes before what it means; the usage chunk (no choices) makes a chunk
    # event only.
    assert [event.type.split(".")[0] + "." + event.type.split(".")[-1] for event in found] == [
        "chunk.chunk",
        "chunk.chunk",
        "reasoning.delta",
        "chunk.chunk",
        "reasoning.delta",
        "chunk.chunk",
        "reasoning.done",
        "content.delta",
        "chunk.chunk",
        "content.done",
        "tool_calls.delta",
        "chunk.chunk",
        "tool_calls.delta",
        "chunk.chunk",
        "tool_calls.delta",
        "chunk.chunk",
        "tool_calls.done",
        "tool_calls.delta",
        "chunk.chunk",
        "tool_calls.done",
        "chunk.chunk",
    ]
    assert found[-1].type == "chunk" and found[-1].snapshot.usage.total_tokens == 55


@pytest.mark.anyio
async def test_async_stream_gives_the_same_events() -> None:
    for chunks, options in (
        (TOOL_CHUNKS, {"tools": TOOLS}),
        (FORECAST_CHUNKS, {"response_format": Forecast}),
    ):
        sync = [summary(event) for event in events(chunks, **options)]
        assert [summary(event) for event in await async_events(chunks, **options)] == sync


def test_chunk_event_snapshot_is_the_completion_so_far_when_read() -> None:
    state: ChatCompletionStreamState[None] = ChatCompletionStreamState()
    snapshots = []
    for chunk in FORECAST_CHUNKS:
        for event in state.handle_chunk(chunk):
            if event.type == "chunk":
                assert event.chunk is chunk
                snapshots.append(event.snapshot.to_dict())  # read in the loop, as the stream goes
    assert [s["choices"][0]["message"]["content"] for s in snapshots] == [
        "",
        '{"city": "Pa',
        '{"city": "Paris", "celsius": 21}',
        '{"city": "Paris", "celsius": 21}',
    ]
    # finish_reason is a field a ChatCompletion always has: mid-stream it is read from to_dict().
    assert [s["choices"][0]["finish_reason"] for s in snapshots] == [None, None, None, "stop"]
    assert state.current_completion_snapshot.choices[0].finish_reason == "stop"


def test_response_format_type_parses_content_done_and_final_completion() -> None:
    m, fake = manager(FORECAST_CHUNKS, response_format=Forecast)
    with m as stream:
        assert stream.response is fake.response
        done = [event for event in stream if event.type == "content.done"]
        final = stream.get_final_completion()
    assert len(done) == 1 and done[0].type == "content.done"
    assert done[0].parsed == Forecast(city="Paris", celsius=21)
    assert done[0].content == '{"city": "Paris", "celsius": 21}'
    message = final.choices[0].message
    assert message.parsed == Forecast(city="Paris", celsius=21)
    assert message.content == '{"city": "Paris", "celsius": 21}'


def test_final_completion_parses_tool_arguments() -> None:
    m, _ = manager(TOOL_CHUNKS, tools=TOOLS)
    with m as stream:
        final = stream.get_final_completion()  # reads the whole stream itself
    calls = final.choices[0].message.tool_calls
    assert calls is not None
    assert [c.function.parsed_arguments for c in calls] == [GetWeather(city="Paris"), {"zone": "CET"}]
    assert [c.id for c in calls] == ["call_1", "call_2"]
    assert final.choices[0].finish_reason == "tool_calls"
    assert final.usage.total_tokens == 55
    assert final.to_dict()["choices"][0]["message"]["reasoning_content"] == "The user wants the weather."


def test_text_stream_is_the_answer_text_alone() -> None:
    m, _ = manager(TOOL_CHUNKS[:4] + FORECAST_CHUNKS[1:])
    with m as stream:
        assert list(stream.text_stream) == ["Let me check.", '{"city": "Pa', 'ris", "celsius": 21}']
        assert stream.current_completion_snapshot.choices[0].message.content == (
            'Let me check.{"city": "Paris", "celsius": 21}'
        )


@pytest.mark.anyio
async def test_async_text_stream_and_final_completion() -> None:
    m, _ = async_manager(FORECAST_CHUNKS, response_format=Forecast)
    async with m as stream:
        texts = [text async for text in stream.text_stream]
        final = await stream.get_final_completion()
    assert texts == ['{"city": "Pa', 'ris", "celsius": 21}']
    assert final.choices[0].message.parsed == Forecast(city="Paris", celsius=21)


def test_choices_beyond_the_first_have_their_own_events() -> None:
    chunks = [
        chunk(choice(0, role="assistant", content=""), choice(1, role="assistant", content="")),
        chunk(choice(1, content="Bonjour")),
        chunk(choice(0, content="Hello"), choice(1, finish="stop")),
        chunk(choice(0, content="!", finish="stop")),
    ]
    m, _ = manager(chunks)
    with m as stream:
        found = without_chunks(list(stream))
        final = stream.get_final_completion()
    assert found == [
        ("content.delta", {"choice_index": 1, "delta": "Bonjour", "snapshot": "Bonjour", "parsed": None}),
        ("content.delta", {"choice_index": 0, "delta": "Hello", "snapshot": "Hello", "parsed": None}),
        ("content.done", {"choice_index": 1, "content": "Bonjour", "parsed": None}),
        ("content.delta", {"choice_index": 0, "delta": "!", "snapshot": "Hello!", "parsed": None}),
        ("content.done", {"choice_index": 0, "content": "Hello!", "parsed": None}),
    ]
    assert [c.message.content for c in final.choices] == ["Hello!", "Bonjour"]
    m, _ = manager(chunks)
    with m as stream:
        assert list(stream.text_stream) == ["Hello", "!"]  # the first choice only


def test_a_stream_that_ends_without_finish_reason_still_closes_its_parts() -> None:
    chunks = [
        chunk(choice(reasoning_content="hmm")),
        chunk(choice(tool_calls=[call(0, '{"zone": "UTC"}', name="get_time", id="call_9")])),
    ]
    found = without_chunks(events(chunks, tools=[GET_TIME]))
    assert [kind for kind, _ in found] == [
        "reasoning.delta",
        "reasoning.done",
        "tool_calls.function.arguments.delta",
        "tool_calls.function.arguments.done",
    ]
    assert found[-1][1]["parsed_arguments"] == {"zone": "UTC"}


def test_a_tool_the_request_did_not_offer_parses_to_none() -> None:
    chunks = [chunk(choice(tool_calls=[call(0, "{}", name="unknown", id="c")], finish="tool_calls"))]
    (done,) = [e for e in events(chunks, tools=[GET_TIME]) if e.type == "tool_calls.function.arguments.done"]
    assert done.type == "tool_calls.function.arguments.done" and done.parsed_arguments is None


LENGTH_CHUNKS = [
    chunk(choice(role="assistant", content="")),
    chunk(choice(content='{"city": "Par')),
    chunk(choice(finish="length"), usage=USAGE),
]


def test_length_with_a_response_format_raises_after_the_chunks_deltas() -> None:
    m, fake = manager(LENGTH_CHUNKS, response_format=Forecast)
    seen: list[str] = []
    with pytest.raises(LengthFinishReasonError) as info, m as stream:
        seen.extend(event.type for event in stream)
    assert seen == ["chunk", "chunk", "content.delta", "chunk"]
    assert info.value.completion.choices[0].message.content == '{"city": "Par'
    assert fake.closed


def test_length_without_anything_to_parse_streams_on_and_the_final_completion_raises() -> None:
    m, _ = manager(LENGTH_CHUNKS)
    with m as stream:
        kinds = [event.type for event in stream]
        with pytest.raises(LengthFinishReasonError):
            stream.get_final_completion()
    assert kinds[-1] == "content.done"


def test_length_inside_a_tool_call_raises() -> None:
    chunks = [chunk(choice(tool_calls=[call(0, '{"zo', name="get_time", id="c")], finish="length"))]
    with pytest.raises(LengthFinishReasonError):
        events(chunks, tools=[GET_TIME])


@pytest.mark.anyio
async def test_async_content_filter_with_a_response_format_raises() -> None:
    chunks = [chunk(choice(content='{"ci')), chunk(choice(finish="content_filter"))]
    with pytest.raises(ContentFilterFinishReasonError):
        await async_events(chunks, response_format=Forecast)


def test_content_that_does_not_fit_the_type_raises_at_content_done() -> None:
    chunks = [chunk(choice(content='{"city": "Paris"}', finish="stop"))]
    with pytest.raises(StructuredOutputError) as info:
        events(chunks, response_format=Forecast)
    assert info.value.path == "$.celsius"


def test_a_mapping_response_format_parses_nothing() -> None:
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}}
    m, _ = manager(FORECAST_CHUNKS, response_format=fmt)
    with m as stream:
        done = [e for e in stream if e.type == "content.done"]
        assert stream.get_final_completion().choices[0].message.parsed is None
    assert done[0].type == "content.done" and done[0].parsed is None


def test_leaving_the_block_early_closes_the_stream() -> None:
    m, fake = manager(TOOL_CHUNKS)
    with m as stream:
        for event in stream:
            if event.type == "reasoning.delta":
                break
    assert fake.closed and fake.read == 2
    m, fake = manager(TOOL_CHUNKS)
    with pytest.raises(RuntimeError), m:
        raise RuntimeError("the caller's own error")
    assert fake.closed and fake.read == 0


@pytest.mark.anyio
async def test_async_leaving_the_block_early_closes_the_stream() -> None:
    m, fake = async_manager(TOOL_CHUNKS)
    async with m as stream:
        async for event in stream:
            if event.type == "reasoning.delta":
                break
    assert fake.closed and fake.read == 2


def test_until_done_reads_everything() -> None:
    m, fake = manager(TOOL_CHUNKS, tools=TOOLS)
    with m as stream:
        assert stream.until_done() is stream
        assert fake.read == len(TOOL_CHUNKS)
        assert stream.current_completion_snapshot.usage.total_tokens == 55
        assert list(stream) == []


def test_offline_venice_stream() -> None:
    with OfflineVenice() as offline:
        client = offline.client()
        with client.chat.completions.stream(model="zai-org-glm-5-1", messages=MESSAGES) as stream:
            assert isinstance(stream, ChatCompletionStream)
            assert stream.response.status_code == 200
            found = list(stream)
            final = stream.get_final_completion()
        with client.chat.completions.stream(model="zai-org-glm-5-1", messages=MESSAGES) as stream:
            text = "".join(stream.text_stream)
        client.close()
    assert offline.requests[-1].json()["stream"] is True
    assert found[0].type == "chunk"
    assert without_chunks(found) == [
        ("content.delta", {"choice_index": 0, "delta": "Hello", "snapshot": "Hello", "parsed": None}),
        ("content.delta", {"choice_index": 0, "delta": "!", "snapshot": "Hello!", "parsed": None}),
        ("content.done", {"choice_index": 0, "content": "Hello!", "parsed": None}),
    ]
    assert final.choices[0].message.content == text == "Hello!"
    assert final.choices[0].finish_reason == "stop"


def test_a_response_format_type_is_sent_as_its_strict_schema() -> None:
    class Greeting(pydantic.BaseModel):
        text: str

    with OfflineVenice() as offline:
        client = offline.client()
        manager = client.chat.completions.stream(model="m", messages=MESSAGES, response_format=Greeting)
        assert not offline.requests  # the request goes when the block is entered
        with manager as stream:
            done = [event for event in stream if event.type == "content.done"]
            final = stream.get_final_completion()
        client.close()
    assert isinstance(done[0].parsed, Greeting)  # the offline Venice answers JSON valid for the schema
    assert final.choices[0].message.parsed == done[0].parsed
    sent = offline.requests[-1].json()
    assert sent["stream"] is True
    assert sent["response_format"]["json_schema"]["name"] == "Greeting"
    assert sent["response_format"]["json_schema"]["schema"]["additionalProperties"] is False


@pytest.mark.anyio
async def test_async_offline_venice_stream() -> None:
    with OfflineVenice() as offline:
        client = offline.async_client()
        async with client.chat.completions.stream(model="zai-org-glm-5-1", messages=MESSAGES) as stream:
            assert isinstance(stream, AsyncChatCompletionStream)
            kinds = [event.type async for event in stream]
            final = await stream.get_final_completion()
        async with client.chat.completions.stream(model="zai-org-glm-5-1", messages=MESSAGES) as stream:
            async for _ in stream:
                break
        assert stream.response.is_closed
        await client.close()
    assert kinds == ["chunk", "chunk", "content.delta", "chunk", "content.delta", "chunk", "content.done"]
    assert final.choices[0].message.content == "Hello!"
