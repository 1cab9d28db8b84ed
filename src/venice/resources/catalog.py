"""``models`` (list, traits, compatibility mapping) and ``characters`` (list, retrieve, reviews)."""

from __future__ import annotations

from typing import Unpack

from venice_api.params import (
    GetCharacterBySlugParams,
    GetCharacterReviewsParams,
    ListCharactersParams,
    ListModelCompatibilityMappingParams,
    ListModelsParams,
    ListModelTraitsParams,
)
from venice_api.responses import (
    GetCharacterBySlugResponse,
    GetCharacterReviewsResponse,
    ListCharactersResponse,
    ListModelCompatibilityMappingResponse,
    ListModelTraitsResponse,
    ModelList,
)

from .._resource import AsyncAPIResource, M, Raw, Streamed, SyncAPIResource, async_endpoint, endpoint

__all__ = ["AsyncCharacters", "AsyncModels", "Characters", "Models"]


class Models(SyncAPIResource[M]):
    @endpoint("listModels")
    def list(self, **params: Unpack[ListModelsParams]) -> ModelList: ...

    @endpoint("listModelTraits")
    def traits(self, **params: Unpack[ListModelTraitsParams]) -> ListModelTraitsResponse: ...

    @endpoint("listModelCompatibilityMapping")
    def compatibility_mapping(
        self, **params: Unpack[ListModelCompatibilityMappingParams]
    ) -> ListModelCompatibilityMappingResponse: ...

    @property
    def with_raw_response(self) -> Models[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Models[Streamed]:
        return self._as(Streamed)


class Characters(SyncAPIResource[M]):
    @endpoint("listCharacters")
    def list(self, **params: Unpack[ListCharactersParams]) -> ListCharactersResponse: ...

    @endpoint("getCharacterBySlug")
    def retrieve(
        self, slug: str, /, **params: Unpack[GetCharacterBySlugParams]
    ) -> GetCharacterBySlugResponse: ...

    @endpoint("getCharacterReviews")
    def list_reviews(
        self, slug: str, /, **params: Unpack[GetCharacterReviewsParams]
    ) -> GetCharacterReviewsResponse: ...

    @property
    def with_raw_response(self) -> Characters[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Characters[Streamed]:
        return self._as(Streamed)


class AsyncModels(AsyncAPIResource[M]):
    @async_endpoint("listModels")
    async def list(self, **params: Unpack[ListModelsParams]) -> ModelList: ...

    @async_endpoint("listModelTraits")
    async def traits(self, **params: Unpack[ListModelTraitsParams]) -> ListModelTraitsResponse: ...

    @async_endpoint("listModelCompatibilityMapping")
    async def compatibility_mapping(
        self, **params: Unpack[ListModelCompatibilityMappingParams]
    ) -> ListModelCompatibilityMappingResponse: ...

    @property
    def with_raw_response(self) -> AsyncModels[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncModels[Streamed]:
        return self._as(Streamed)


class AsyncCharacters(AsyncAPIResource[M]):
    @async_endpoint("listCharacters")
    async def list(self, **params: Unpack[ListCharactersParams]) -> ListCharactersResponse: ...

    @async_endpoint("getCharacterBySlug")
    async def retrieve(
        self, slug: str, /, **params: Unpack[GetCharacterBySlugParams]
    ) -> GetCharacterBySlugResponse: ...

    @async_endpoint("getCharacterReviews")
    async def list_reviews(
        self, slug: str, /, **params: Unpack[GetCharacterReviewsParams]
    ) -> GetCharacterReviewsResponse: ...

    @property
    def with_raw_response(self) -> AsyncCharacters[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncCharacters[Streamed]:
        return self._as(Streamed)
