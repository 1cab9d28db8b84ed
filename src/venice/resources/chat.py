"""``chat.completions``, ``responses`` and ``embeddings``: thin bindings of their operations.

Keyword arguments are typed by ``venice_api.params.<OperationId>Params`` (derived from the spec,
so they are stated once, there); nested values may be plain dicts/lists or generated models.
Per-call options: ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from venice_api.models.chat_completion_chunk import ChatCompletionChunk
    from venice_api.models.create_chat_completion_response_200 import CreateChatCompletionResponse200
    from venice_api.models.create_embedding_response_200 import CreateEmbeddingResponse200
    from venice_api.models.create_response_responses_api_response import CreateResponseResponsesAPIResponse
    from venice_api.models.response_stream_event import ResponseStreamEvent
    from venice_api.params import (
        CreateChatCompletionParams,
        CreateEmbeddingParams,
        CreateResponseParams,
    )

    from .._streaming import AsyncStream, Stream

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


def _with_stream(params: Mapping[str, object], stream: bool | NotGiven) -> Mapping[str, object]:
    # ``stream`` is the methods' own keyword (the overloads pick the return type by it), so it is
    # not a key of the operation's TypedDict; the engine takes it as a body field like any other.
    return params if isinstance(stream, NotGiven) else {**params, "stream": stream}


class Completions(SyncAPIResource):
    @overload
    def create(
        self, *, stream: Literal[False] | NotGiven = ..., **params: Unpack[CreateChatCompletionParams]
    ) -> CreateChatCompletionResponse200: ...
    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[CreateChatCompletionParams]
    ) -> Stream[ChatCompletionChunk]: ...
    @overload
    def create(
        self, *, stream: bool, **params: Unpack[CreateChatCompletionParams]
    ) -> CreateChatCompletionResponse200 | Stream[ChatCompletionChunk]: ...
    def create(
        self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Unpack[CreateChatCompletionParams]
    ) -> Any:
        """POST /chat/completions. ``stream=True`` returns a ``Stream`` of ``ChatCompletionChunk``."""
        return self._call("createChatCompletion", _with_stream(params, stream))


class Chat(SyncAPIResource):
    @property
    def completions(self) -> Completions:
        return self._sub(Completions)


class Responses(SyncAPIResource):
    @overload
    def create(
        self, *, stream: Literal[False] | NotGiven = ..., **params: Unpack[CreateResponseParams]
    ) -> CreateResponseResponsesAPIResponse: ...
    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[CreateResponseParams]
    ) -> Stream[ResponseStreamEvent]: ...
    @overload
    def create(
        self, *, stream: bool, **params: Unpack[CreateResponseParams]
    ) -> CreateResponseResponsesAPIResponse | Stream[ResponseStreamEvent]: ...
    def create(self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Unpack[CreateResponseParams]) -> Any:
        """POST /responses (alpha). ``stream=True`` returns a ``Stream`` of ``ResponseStreamEvent``
        (``event.type``: ``response.created``, ``response.output_text.delta`` with ``delta``, ...,
        ``response.completed`` with the final ``response``)."""
        return self._call("createResponse", _with_stream(params, stream))


class Embeddings(SyncAPIResource):
    def create(self, **params: Unpack[CreateEmbeddingParams]) -> CreateEmbeddingResponse200:
        """POST /embeddings."""
        return self._call("createEmbedding", params)  # type: ignore[no-any-return]


class AsyncCompletions(AsyncAPIResource):
    @overload
    async def create(
        self, *, stream: Literal[False] | NotGiven = ..., **params: Unpack[CreateChatCompletionParams]
    ) -> CreateChatCompletionResponse200: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[CreateChatCompletionParams]
    ) -> AsyncStream[ChatCompletionChunk]: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[CreateChatCompletionParams]
    ) -> CreateChatCompletionResponse200 | AsyncStream[ChatCompletionChunk]: ...
    async def create(
        self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Unpack[CreateChatCompletionParams]
    ) -> Any:
        """POST /chat/completions. ``stream=True`` returns an ``AsyncStream`` of ``ChatCompletionChunk``."""
        return await self._call("createChatCompletion", _with_stream(params, stream))


class AsyncChat(AsyncAPIResource):
    @property
    def completions(self) -> AsyncCompletions:
        return self._sub(AsyncCompletions)


class AsyncResponses(AsyncAPIResource):
    @overload
    async def create(
        self, *, stream: Literal[False] | NotGiven = ..., **params: Unpack[CreateResponseParams]
    ) -> CreateResponseResponsesAPIResponse: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[CreateResponseParams]
    ) -> AsyncStream[ResponseStreamEvent]: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[CreateResponseParams]
    ) -> CreateResponseResponsesAPIResponse | AsyncStream[ResponseStreamEvent]: ...
    async def create(
        self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Unpack[CreateResponseParams]
    ) -> Any:
        """POST /responses (alpha). ``stream=True`` returns an ``AsyncStream`` of ``ResponseStreamEvent``."""
        return await self._call("createResponse", _with_stream(params, stream))


class AsyncEmbeddings(AsyncAPIResource):
    async def create(self, **params: Unpack[CreateEmbeddingParams]) -> CreateEmbeddingResponse200:
        """POST /embeddings."""
        return await self._call("createEmbedding", params)  # type: ignore[no-any-return]
