"""SSE edge cases through the public API (sync and async share one decoding core)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import venice
from venice import accumulate_chat_completion, async_accumulate_chat_completion

from .conftest import Recorder

MESSAGES = [{"role": "user", "content": "hi"}]


def chunk(delta: dict[str, Any], finish: str | None = None, **top: Any) -> dict[str, Any]:
    return {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **top,
    }


def sse(*events: dict[str, Any] | str, done: bool = True, newline: str = "\n") -> bytes:
    out = []
    for event in events:
        out.append(event if isinstance(event, str) else f"data: {json.dumps(event)}{newline}{newline}")
    if done:
        out.append(f"data: [DONE]{newline}{newline}")
    return "".join(out).encode()


def serve(recorder: Recorder, body: bytes | Iterator[bytes]) -> None:
    recorder.default = lambda request: httpx.Response(
        200, content=body, headers={"content-type": "text/event-stream"}
    )


def contents(client: venice.Venice) -> list[Any]:
    return [
        c.choices[0].delta.content
        for c in client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    ]


def test_basic_stream_and_typing(client: venice.Venice, recorder: Recorder) -> None:
    serve(recorder, sse(chunk({"content": "a"}), chunk({"content": "b"}, "stop")))
    stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    from venice.types import ChatCompletionChunk

    items = list(stream)
    assert all(isinstance(item, ChatCompletionChunk) for item in items)
    assert [i.choices[0].delta.content for i in items] == ["a", "b"]
    assert recorder.json()["stream"] is True


def test_comments_crlf_multiline_and_event_fields(client: venice.Venice, recorder: Recorder) -> None:
    first = json.dumps(chunk({"content": "x"}))
    split = json.dumps(chunk({"content": "y"}), indent=1).split("\n")
    body = (
        ": keep-alive\r\n\r\n"
        "event: message\r\nid: 7\r\nretry: 100\r\n"
        f"data: {first}\r\n\r\n"
        + "".join(f"data: {line}\r\n" for line in split)
        + "\r\n"
        + "data: [DONE]\r\n\r\n"
    )
    serve(recorder, body.encode())
    assert contents(client) == ["x", "y"]


def test_bare_cr_line_endings(client: venice.Venice, recorder: Recorder) -> None:
    serve(recorder, sse(chunk({"content": "z"}), newline="\r"))
    assert contents(client) == ["z"]


def test_done_stops_even_if_more_follows(client: venice.Venice, recorder: Recorder) -> None:
    serve(recorder, sse(chunk({"content": "a"})) + sse(chunk({"content": "late"})))
    assert contents(client) == ["a"]


def test_error_event_mid_stream(client: venice.Venice, recorder: Recorder) -> None:
    body = (
        sse(chunk({"content": "a"}), done=False)
        + b'event: error\ndata: {"error": "Inference processing failed"}\n\n'
    )
    serve(recorder, body)
    received = []
    with pytest.raises(venice.StreamError) as info:
        for c in client.chat.completions.create(model="m", messages=MESSAGES, stream=True):
            received.append(c.choices[0].delta.content)
    assert received == ["a"]
    assert info.value.code == "INFERENCE_FAILED"


def test_openai_style_error_payload_mid_stream(client: venice.Venice, recorder: Recorder) -> None:
    serve(
        recorder,
        sse({"error": {"message": "upstream timeout", "code": "channel:response_time_exceeded"}}, done=False),
    )
    with pytest.raises(venice.StreamError) as info:
        contents(client)
    assert info.value.code == "channel:response_time_exceeded"


def test_end_without_done_is_an_interrupted_stream(client: venice.Venice, recorder: Recorder) -> None:
    serve(recorder, sse(chunk({"content": "a"}), done=False))
    with pytest.raises(venice.StreamInterruptedError):
        contents(client)


def test_transport_error_mid_stream(client: venice.Venice, recorder: Recorder) -> None:
    def body() -> Iterator[bytes]:
        yield sse(chunk({"content": "a"}), done=False)
        raise httpx.RemoteProtocolError("peer closed connection")

    serve(recorder, body())
    with pytest.raises(venice.StreamInterruptedError) as info:
        contents(client)
    assert isinstance(info.value, venice.APIConnectionError)


class Tracking(httpx.SyncByteStream):
    def __init__(self, data: bytes) -> None:
        self.data, self.closed = data, False

    def __iter__(self) -> Iterator[bytes]:
        for part in self.data.split(b"\n\n"):
            if part:
                yield part + b"\n\n"

    def close(self) -> None:
        self.closed = True


def test_break_and_with_close_the_connection(client: venice.Venice, recorder: Recorder) -> None:
    streams: list[Tracking] = []

    def handler(request: httpx.Request) -> httpx.Response:
        stream = Tracking(sse(chunk({"content": "a"}), chunk({"content": "b"})))
        streams.append(stream)
        return httpx.Response(200, stream=stream, headers={"content-type": "text/event-stream"})

    recorder.default = handler
    for _ in client.chat.completions.create(model="m", messages=MESSAGES, stream=True):
        break
    assert streams[0].closed
    with client.chat.completions.create(model="m", messages=MESSAGES, stream=True) as stream:
        next(iter(stream))
    assert streams[1].closed


def test_accumulate_content_reasoning_tools_usage(client: venice.Venice, recorder: Recorder) -> None:
    usage = {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}
    serve(
        recorder,
        sse(
            chunk({"role": "assistant", "reasoning_content": "think "}),
            chunk({"reasoning_content": "more", "content": "Hel"}),
            chunk(
                {
                    "content": "lo",
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "get_", "arguments": '{"a"'},
                        }
                    ],
                }
            ),
            chunk(
                {"tool_calls": [{"index": 0, "function": {"name": "weather", "arguments": ": 1}"}}]},
                "tool_calls",
            ),
            {**chunk({}), "choices": [], "usage": usage},
        ),
    )
    final = accumulate_chat_completion(
        client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    )
    message = final.choices[0].message
    assert message.content == "Hello"
    assert final.to_dict()["choices"][0]["message"]["reasoning_content"] == "think more"
    call = final.to_dict()["choices"][0]["message"]["tool_calls"][0]
    assert call == {
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": '{"a": 1}'},
    }
    assert final.choices[0].finish_reason == "tool_calls"
    assert final.usage.total_tokens == 8


@pytest.mark.anyio
async def test_async_stream_and_accumulate(async_client: venice.AsyncVenice, recorder: Recorder) -> None:
    serve(recorder, sse(chunk({"content": "a"}), chunk({"content": "b"}, "stop")))
    stream = await async_client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    async with stream:
        got = [c.choices[0].delta.content async for c in stream]
    assert got == ["a", "b"]
    final = await async_accumulate_chat_completion(
        await async_client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    )
    assert final.choices[0].message.content == "ab"


@pytest.mark.anyio
async def test_async_error_event(async_client: venice.AsyncVenice, recorder: Recorder) -> None:
    serve(recorder, b'event: error\ndata: {"error": "Rate limit exceeded"}\n\n')
    stream = await async_client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    with pytest.raises(venice.StreamError) as info:
        async for _ in stream:
            pass
    assert info.value.code == "RATE_LIMIT_EXCEEDED"


def test_unknown_finish_reason_in_chunk_parses(client: venice.Venice, recorder: Recorder) -> None:
    serve(recorder, sse(chunk({"content": "a"}, "brand_new_reason", brand_new_field={"x": 1})))
    (item,) = list(client.chat.completions.create(model="m", messages=MESSAGES, stream=True))
    assert item.choices[0].finish_reason == "brand_new_reason"
    assert item.additional_properties == {"brand_new_field": {"x": 1}}


def test_only_cr_and_lf_end_lines(client: venice.Venice, recorder: Recorder) -> None:
    # JSON may carry these raw; str.splitlines() would cut the event in two.
    text = "a\u2028b\u2029c\x85d\x0ce\x1cf"
    body = f"data: {json.dumps(chunk({'content': text}), ensure_ascii=False)}\n\n".encode() + sse()
    serve(recorder, body)
    assert contents(client) == [text]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_events_split_anywhere_across_reads(
    client: venice.Venice, recorder: Recorder, newline: str, size: int
) -> None:
    body = sse(
        ": keep-alive" + newline + newline,
        chunk({"content": "a"}),
        "event: message" + newline + "data: " + json.dumps(chunk({"content": "b"})) + newline + newline,
        chunk({"content": "c\u2028"}),
        newline=newline,
    )
    serve(recorder, iter([body[i : i + size] for i in range(0, len(body), size)]))
    assert contents(client) == ["a", "b", "c\u2028"]


def test_last_event_without_blank_line_then_end(client: venice.Venice, recorder: Recorder) -> None:
    serve(recorder, sse(chunk({"content": "a"})) + b"data: " + json.dumps(chunk({"content": "b"})).encode())
    # [DONE] came first, so the rest is ignored.
    assert contents(client) == ["a"]
    serve(recorder, sse(chunk({"content": "a"}), done=False) + b"data: [DONE]")
    assert contents(client) == ["a"]


def responses_sse(events: list[dict[str, Any]]) -> bytes:
    """An OpenAI-style /responses stream: `event:` named after `type`, no `[DONE]` at the end."""
    return "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events).encode()


RESPONSE = {"id": "resp_1", "object": "response", "created_at": 1, "model": "m", "status": "in_progress"}
RESPONSE_EVENTS: list[dict[str, Any]] = [
    {"type": "response.created", "sequence_number": 0, "response": RESPONSE},
    {
        "type": "response.output_item.added",
        "sequence_number": 1,
        "output_index": 0,
        "item": {"id": "msg_1", "type": "message", "role": "assistant", "content": []},
    },
    {
        "type": "response.output_text.delta",
        "sequence_number": 2,
        "item_id": "msg_1",
        "output_index": 0,
        "content_index": 0,
        "delta": "Hel",
    },
    {
        "type": "response.output_text.delta",
        "sequence_number": 3,
        "item_id": "msg_1",
        "output_index": 0,
        "content_index": 0,
        "delta": "lo",
    },
    {"type": "response.output_text.done", "sequence_number": 4, "item_id": "msg_1", "text": "Hello"},
    {"type": "response.a_future_event", "sequence_number": 5, "brand_new_field": {"x": 1}},
    {"type": "response.completed", "sequence_number": 6, "response": {**RESPONSE, "status": "completed"}},
]


def test_responses_stream_is_typed_and_ends_without_done(client: venice.Venice, recorder: Recorder) -> None:
    from venice.types import ResponseStreamEvent

    serve(recorder, responses_sse(RESPONSE_EVENTS))
    with client.responses.create(model="m", input="hi", stream=True) as stream:
        events = list(stream)
    assert all(isinstance(e, ResponseStreamEvent) for e in events)
    assert [e.type for e in events] == [e["type"] for e in RESPONSE_EVENTS]
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == "Hello"
    # `item` and `response` are free-form objects in the spec: plain dicts.
    assert events[4].text == "Hello" and events[1].item is not None and events[1].item["id"] == "msg_1"
    assert events[-1].response is not None and events[-1].response["status"] == "completed"
    assert events[5]["brand_new_field"] == {"x": 1}  # an event newer than the spec keeps its data
    assert recorder.json()["stream"] is True


@pytest.mark.anyio
async def test_async_responses_stream_is_typed(async_client: venice.AsyncVenice, recorder: Recorder) -> None:
    from venice.types import ResponseStreamEvent

    serve(recorder, responses_sse(RESPONSE_EVENTS))
    stream = await async_client.responses.create(model="m", input="hi", stream=True)
    deltas = [e.delta async for e in stream if isinstance(e, ResponseStreamEvent) and e.delta]
    assert deltas == ["Hel", "lo"]


def test_responses_stream_error_event_raises(client: venice.Venice, recorder: Recorder) -> None:
    error = {"type": "error", "sequence_number": 1, "code": "server_error", "message": "upstream failed"}
    serve(recorder, responses_sse([RESPONSE_EVENTS[0], error]))
    seen: list[str] = []
    with pytest.raises(venice.APIError, match="upstream failed"):
        for event in client.responses.create(model="m", input="hi", stream=True):
            seen.append(event.type)
    assert seen == ["response.created"]


def test_invalid_json_event_names_the_stream(client: venice.Venice, recorder: Recorder) -> None:
    serve(recorder, b'data: {"id": "c1", "choi\n\n' + sse())
    with pytest.raises(
        venice.APIResponseValidationError, match="A stream event is not valid JSON: Unterminated"
    ):
        contents(client)
