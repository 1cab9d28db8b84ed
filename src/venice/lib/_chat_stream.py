"""``chat.completions.stream(...)``: a chat stream read as typed events, with the final completion
parsed at the end.

The managers open the HTTP stream when their ``with`` block is entered and close it when it is
left, read to the end or not. The streams only iterate: the sync one a ``Stream``, the async one an
``AsyncStream``; what each chunk means is ``ChatCompletionStreamState`` (``_chat_stream_state``),
written once for both.
"""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Mapping,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic

from venice._types import NOT_GIVEN, NotGiven
from venice.lib._chat_stream_state import ChatCompletionStreamEvent, ChatCompletionStreamState
from venice.lib._event_iteration import AsyncEventIteration, EventIteration
from venice.lib._parsed import ResponseFormatT

if TYPE_CHECKING:
    import httpx

    from venice import AsyncStream, Stream
    from venice.lib._parsed import ParsedChatCompletion
    from venice.types import ChatCompletion, ChatCompletionChunk

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "ChatCompletionStream",
    "ChatCompletionStreamManager",
]

ResponseFormat = type[ResponseFormatT] | Mapping[str, Any] | NotGiven
Tools = Iterable[Mapping[str, Any]] | NotGiven | None


# Module functions, not methods, so that a stream and its generator form no reference cycle.


def _events(
    chunks: Stream[ChatCompletionChunk], state: ChatCompletionStreamState[ResponseFormatT]
) -> Generator[ChatCompletionStreamEvent[ResponseFormatT], None, None]:
    for chunk in chunks:
        yield from state.handle_chunk(chunk)
    yield from state.finish()


async def _async_events(
    chunks: AsyncStream[ChatCompletionChunk], state: ChatCompletionStreamState[ResponseFormatT]
) -> AsyncGenerator[ChatCompletionStreamEvent[ResponseFormatT], None]:
    async for chunk in chunks:
        for event in state.handle_chunk(chunk):
            yield event
    for event in state.finish():
        yield event


class _EventStream(Generic[ResponseFormatT]):
    """What the sync and async streams read alike: the state and the HTTP response."""

    def __init__(self, response: httpx.Response, state: ChatCompletionStreamState[ResponseFormatT]) -> None:
        self._response = response
        self._state = state

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the chunks come from."""
        return self._response

    @property
    def current_completion_snapshot(self) -> ChatCompletion:
        """The completion from the chunks read so far."""
        return self._state.current_completion_snapshot


class ChatCompletionStream(
    _EventStream[ResponseFormatT], EventIteration[ChatCompletionStreamEvent[ResponseFormatT]]
):
    """A chat stream as typed events (``for event in stream``); see ``ChatCompletionStreamEvent``.

    Iterate it once: the events, ``text_stream``, ``until_done`` and ``get_final_completion`` all
    read the same chunks, each from where the last stopped.
    """

    def __init__(
        self, chunks: Stream[ChatCompletionChunk], state: ChatCompletionStreamState[ResponseFormatT]
    ) -> None:
        super().__init__(chunks.response, state)
        self._chunks = chunks
        self._events = _events(chunks, state)

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read the rest of the stream and return the completion, parsed as ``chat.completions.parse``
        returns it (``message.parsed``, the tool calls' ``parsed_arguments``); raises as it does."""
        self.until_done()
        return self._state.get_final_completion()

    def close(self) -> None:
        """Close the HTTP stream (idempotent)."""
        self._events.close()
        self._chunks.close()


class AsyncChatCompletionStream(
    _EventStream[ResponseFormatT], AsyncEventIteration[ChatCompletionStreamEvent[ResponseFormatT]]
):
    """``ChatCompletionStream`` over an ``AsyncStream`` (``async for event in stream``)."""

    def __init__(
        self, chunks: AsyncStream[ChatCompletionChunk], state: ChatCompletionStreamState[ResponseFormatT]
    ) -> None:
        super().__init__(chunks.response, state)
        self._chunks = chunks
        self._events = _async_events(chunks, state)

    async def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read the rest of the stream and return the completion, parsed as ``chat.completions.parse``
        returns it (``message.parsed``, the tool calls' ``parsed_arguments``); raises as it does."""
        await self.until_done()
        return self._state.get_final_completion()

    async def close(self) -> None:
        """Close the HTTP stream (idempotent)."""
        await self._events.aclose()
        await self._chunks.close()


class _Manager(Generic[ResponseFormatT]):
    """What the managers keep until their block is entered: the request and how to parse."""

    def __init__(self, *, response_format: ResponseFormat[ResponseFormatT], tools: Tools) -> None:
        self._response_format = response_format
        self._tools = tools

    def _new_state(self) -> ChatCompletionStreamState[ResponseFormatT]:
        return ChatCompletionStreamState(response_format=self._response_format, tools=self._tools)


class ChatCompletionStreamManager(_Manager[ResponseFormatT]):
    """``with manager as stream:`` opens the stream (``open_stream()``), and closes it when the
    block is left, read to the end or not."""

    def __init__(
        self,
        open_stream: Callable[[], Stream[ChatCompletionChunk]],
        *,
        response_format: ResponseFormat[ResponseFormatT] = NOT_GIVEN,
        tools: Tools = NOT_GIVEN,
    ) -> None:
        super().__init__(response_format=response_format, tools=tools)
        self._open_stream = open_stream
        self._stream: ChatCompletionStream[ResponseFormatT] | None = None

    def __enter__(self) -> ChatCompletionStream[ResponseFormatT]:
        self._stream = ChatCompletionStream(self._open_stream(), self._new_state())
        return self._stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncChatCompletionStreamManager(_Manager[ResponseFormatT]):
    """``async with manager as stream:`` opens the stream (``await open_stream()``), and closes it
    when the block is left, read to the end or not."""

    def __init__(
        self,
        open_stream: Callable[[], Awaitable[AsyncStream[ChatCompletionChunk]]],
        *,
        response_format: ResponseFormat[ResponseFormatT] = NOT_GIVEN,
        tools: Tools = NOT_GIVEN,
    ) -> None:
        super().__init__(response_format=response_format, tools=tools)
        self._open_stream = open_stream
        self._stream: AsyncChatCompletionStream[ResponseFormatT] | None = None

    async def __aenter__(self) -> AsyncChatCompletionStream[ResponseFormatT]:
        self._stream = AsyncChatCompletionStream(await self._open_stream(), self._new_state())
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
