"""``chat.completions``, ``responses`` and ``embeddings``: thin bindings of their operations.

Keyword arguments are the fields of the generated request model (``ChatCompletionRequest``
etc.); nested values may be plain dicts/lists or generated models. Per-call options:
``extra_headers``, ``extra_query``, ``extra_body``, ``timeout``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from venice_api.models.chat_completion_chunk import ChatCompletionChunk
    from venice_api.models.create_chat_completion_response_200 import CreateChatCompletionResponse200
    from venice_api.models.create_embedding_response_200 import CreateEmbeddingResponse200
    from venice_api.models.create_response_responses_api_response import CreateResponseResponsesAPIResponse

    from .._streaming import AsyncStream, Stream
    from .._views import GenericView

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


def _with_stream(params: dict[str, Any], stream: bool | NotGiven) -> dict[str, Any]:
    if not isinstance(stream, NotGiven):
        params["stream"] = stream
    return params


class Completions(SyncAPIResource):
    @overload
    def create(
        self, *, stream: Literal[False] | NotGiven = ..., **params: Any
    ) -> CreateChatCompletionResponse200: ...
    @overload
    def create(self, *, stream: Literal[True], **params: Any) -> Stream[ChatCompletionChunk]: ...
    @overload
    def create(
        self, *, stream: bool, **params: Any
    ) -> CreateChatCompletionResponse200 | Stream[ChatCompletionChunk]: ...
    def create(self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Any) -> Any:
        """POST /chat/completions. ``stream=True`` returns a ``Stream`` of ``ChatCompletionChunk``."""
        return self._call("createChatCompletion", _with_stream(params, stream))


class Chat(SyncAPIResource):
    @property
    def completions(self) -> Completions:
        return self._sub(Completions)


class Responses(SyncAPIResource):
    @overload
    def create(
        self, *, stream: Literal[False] | NotGiven = ..., **params: Any
    ) -> CreateResponseResponsesAPIResponse: ...
    @overload
    def create(self, *, stream: Literal[True], **params: Any) -> Stream[GenericView]: ...
    @overload
    def create(
        self, *, stream: bool, **params: Any
    ) -> CreateResponseResponsesAPIResponse | Stream[GenericView]: ...
    def create(self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Any) -> Any:
        """POST /responses (alpha). ``stream=True`` returns a ``Stream`` of events."""
        return self._call("createResponse", _with_stream(params, stream))


class Embeddings(SyncAPIResource):
    def create(self, **params: Any) -> CreateEmbeddingResponse200:
        """POST /embeddings."""
        return self._call("createEmbedding", params)  # type: ignore[no-any-return]


class AsyncCompletions(AsyncAPIResource):
    @overload
    async def create(
        self, *, stream: Literal[False] | NotGiven = ..., **params: Any
    ) -> CreateChatCompletionResponse200: ...
    @overload
    async def create(self, *, stream: Literal[True], **params: Any) -> AsyncStream[ChatCompletionChunk]: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Any
    ) -> CreateChatCompletionResponse200 | AsyncStream[ChatCompletionChunk]: ...
    async def create(self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Any) -> Any:
        """POST /chat/completions. ``stream=True`` returns an ``AsyncStream`` of ``ChatCompletionChunk``."""
        return await self._call("createChatCompletion", _with_stream(params, stream))


class AsyncChat(AsyncAPIResource):
    @property
    def completions(self) -> AsyncCompletions:
        return self._sub(AsyncCompletions)


class AsyncResponses(AsyncAPIResource):
    @overload
    async def create(
        self, *, stream: Literal[False] | NotGiven = ..., **params: Any
    ) -> CreateResponseResponsesAPIResponse: ...
    @overload
    async def create(self, *, stream: Literal[True], **params: Any) -> AsyncStream[GenericView]: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Any
    ) -> CreateResponseResponsesAPIResponse | AsyncStream[GenericView]: ...
    async def create(self, *, stream: bool | NotGiven = NOT_GIVEN, **params: Any) -> Any:
        """POST /responses (alpha)."""
        return await self._call("createResponse", _with_stream(params, stream))


class AsyncEmbeddings(AsyncAPIResource):
    async def create(self, **params: Any) -> CreateEmbeddingResponse200:
        """POST /embeddings."""
        return await self._call("createEmbedding", params)  # type: ignore[no-any-return]
