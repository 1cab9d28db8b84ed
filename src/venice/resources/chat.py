"""``chat.completions``, ``responses`` and ``embeddings``.

Methods are declarations (``@endpoint``): arguments are typed by ``venice_api.params`` and results by
``venice_api.responses``, both derived from the spec. ``create`` of chat and responses is overloaded
on ``stream`` so the result type follows it; in raw and streaming-response modes it is the union.
"""

from __future__ import annotations

from typing import Any, Literal, Unpack, overload

from venice_api.params import CreateChatCompletionParams, CreateEmbeddingParams, CreateResponseParams
from venice_api.responses import (
    ChatCompletion,
    ChatCompletionChunk,
    CreateEmbeddingResponse,
    ResponsesAPIResponse,
    ResponseStreamEvent,
)

from .._resource import (
    AsyncAPIResource,
    M,
    Parsed,
    Raw,
    Streamed,
    SyncAPIResource,
    async_describe,
    async_endpoint,
    describe,
    endpoint,
)
from .._response import APIResponse, AsyncAPIResponse, AsyncResponseContextManager, ResponseContextManager
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, NotGiven

__all__ = [
    "AsyncChat",
    "AsyncCompletions",
    "AsyncEmbeddings",
    "AsyncResponses",
    "Chat",
    "Completions",
    "Embeddings",
    "Responses",
]

Chunks = Stream[ChatCompletionChunk]
AsyncChunks = AsyncStream[ChatCompletionChunk]
Events = Stream[ResponseStreamEvent]
AsyncEvents = AsyncStream[ResponseStreamEvent]


def _with_stream(params: dict[str, Any], stream: bool | NotGiven) -> dict[str, Any]:
    # ``stream`` is the methods' own keyword (the overloads pick the result type by it), so it is
    # not a key of the operation's TypedDict; the engine takes it as a body field like any other.
    return params if isinstance(stream, NotGiven) else {**params, "stream": stream}


class Completions(SyncAPIResource[M]):
    @overload
    def create(
        self: Completions[Parsed],
        *,
        stream: Literal[False] | NotGiven = ...,
        **params: Unpack[CreateChatCompletionParams],
    ) -> ChatCompletion: ...
    @overload
    def create(
        self: Completions[Parsed], *, stream: Literal[True], **params: Unpack[CreateChatCompletionParams]
    ) -> Chunks: ...
    @overload
    def create(
        self: Completions[Parsed], *, stream: bool, **params: Unpack[CreateChatCompletionParams]
    ) -> ChatCompletion | Chunks: ...
    @overload
    def create(
        self: Completions[Raw], *, stream: bool | NotGiven = ..., **params: Unpack[CreateChatCompletionParams]
    ) -> APIResponse[ChatCompletion | Chunks]: ...
    @overload
    def create(
        self: Completions[Streamed],
        *,
        stream: bool | NotGiven = ...,
        **params: Unpack[CreateChatCompletionParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion | Chunks]]: ...
    @describe("createChatCompletion")
    def create(self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Any) -> Any:
        return self._call("createChatCompletion", _with_stream(params, stream))

    @property
    def with_raw_response(self) -> Completions[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Completions[Streamed]:
        return self._as(Streamed)


class Chat(SyncAPIResource[M]):
    @property
    def completions(self) -> Completions[M]:
        return self._sub(Completions)

    @property
    def with_raw_response(self) -> Chat[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Chat[Streamed]:
        return self._as(Streamed)


class Responses(SyncAPIResource[M]):
    @overload
    def create(
        self: Responses[Parsed],
        *,
        stream: Literal[False] | NotGiven = ...,
        **params: Unpack[CreateResponseParams],
    ) -> ResponsesAPIResponse: ...
    @overload
    def create(
        self: Responses[Parsed], *, stream: Literal[True], **params: Unpack[CreateResponseParams]
    ) -> Events: ...
    @overload
    def create(
        self: Responses[Parsed], *, stream: bool, **params: Unpack[CreateResponseParams]
    ) -> ResponsesAPIResponse | Events: ...
    @overload
    def create(
        self: Responses[Raw], *, stream: bool | NotGiven = ..., **params: Unpack[CreateResponseParams]
    ) -> APIResponse[ResponsesAPIResponse | Events]: ...
    @overload
    def create(
        self: Responses[Streamed], *, stream: bool | NotGiven = ..., **params: Unpack[CreateResponseParams]
    ) -> ResponseContextManager[APIResponse[ResponsesAPIResponse | Events]]: ...
    @describe("createResponse")
    def create(self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Any) -> Any:
        return self._call("createResponse", _with_stream(params, stream))

    @property
    def with_raw_response(self) -> Responses[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Responses[Streamed]:
        return self._as(Streamed)


class Embeddings(SyncAPIResource[M]):
    @endpoint("createEmbedding")
    def create(self, **params: Unpack[CreateEmbeddingParams]) -> CreateEmbeddingResponse: ...

    @property
    def with_raw_response(self) -> Embeddings[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Embeddings[Streamed]:
        return self._as(Streamed)


class AsyncCompletions(AsyncAPIResource[M]):
    @overload
    async def create(
        self: AsyncCompletions[Parsed],
        *,
        stream: Literal[False] | NotGiven = ...,
        **params: Unpack[CreateChatCompletionParams],
    ) -> ChatCompletion: ...
    @overload
    async def create(
        self: AsyncCompletions[Parsed], *, stream: Literal[True], **params: Unpack[CreateChatCompletionParams]
    ) -> AsyncChunks: ...
    @overload
    async def create(
        self: AsyncCompletions[Parsed], *, stream: bool, **params: Unpack[CreateChatCompletionParams]
    ) -> ChatCompletion | AsyncChunks: ...
    @overload
    async def create(
        self: AsyncCompletions[Raw],
        *,
        stream: bool | NotGiven = ...,
        **params: Unpack[CreateChatCompletionParams],
    ) -> AsyncAPIResponse[ChatCompletion | AsyncChunks]: ...
    @overload
    def create(
        self: AsyncCompletions[Streamed],
        *,
        stream: bool | NotGiven = ...,
        **params: Unpack[CreateChatCompletionParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[ChatCompletion | AsyncChunks]]: ...
    @async_describe("createChatCompletion")
    def create(self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Any) -> Any:
        return self._call("createChatCompletion", _with_stream(params, stream))

    @property
    def with_raw_response(self) -> AsyncCompletions[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncCompletions[Streamed]:
        return self._as(Streamed)


class AsyncChat(AsyncAPIResource[M]):
    @property
    def completions(self) -> AsyncCompletions[M]:
        return self._sub(AsyncCompletions)

    @property
    def with_raw_response(self) -> AsyncChat[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncChat[Streamed]:
        return self._as(Streamed)


class AsyncResponses(AsyncAPIResource[M]):
    @overload
    async def create(
        self: AsyncResponses[Parsed],
        *,
        stream: Literal[False] | NotGiven = ...,
        **params: Unpack[CreateResponseParams],
    ) -> ResponsesAPIResponse: ...
    @overload
    async def create(
        self: AsyncResponses[Parsed], *, stream: Literal[True], **params: Unpack[CreateResponseParams]
    ) -> AsyncEvents: ...
    @overload
    async def create(
        self: AsyncResponses[Parsed], *, stream: bool, **params: Unpack[CreateResponseParams]
    ) -> ResponsesAPIResponse | AsyncEvents: ...
    @overload
    async def create(
        self: AsyncResponses[Raw], *, stream: bool | NotGiven = ..., **params: Unpack[CreateResponseParams]
    ) -> AsyncAPIResponse[ResponsesAPIResponse | AsyncEvents]: ...
    @overload
    def create(
        self: AsyncResponses[Streamed],
        *,
        stream: bool | NotGiven = ...,
        **params: Unpack[CreateResponseParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[ResponsesAPIResponse | AsyncEvents]]: ...
    @async_describe("createResponse")
    def create(self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Any) -> Any:
        return self._call("createResponse", _with_stream(params, stream))

    @property
    def with_raw_response(self) -> AsyncResponses[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncResponses[Streamed]:
        return self._as(Streamed)


class AsyncEmbeddings(AsyncAPIResource[M]):
    @async_endpoint("createEmbedding")
    async def create(self, **params: Unpack[CreateEmbeddingParams]) -> CreateEmbeddingResponse: ...

    @property
    def with_raw_response(self) -> AsyncEmbeddings[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncEmbeddings[Streamed]:
        return self._as(Streamed)
