"""``models`` and ``characters``: read-only catalog endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from venice_api.models.get_character_by_slug_response_200 import GetCharacterBySlugResponse200
    from venice_api.models.get_character_reviews_response_200 import GetCharacterReviewsResponse200
    from venice_api.models.list_characters_response_200 import ListCharactersResponse200
    from venice_api.models.list_model_compatibility_mapping_response_200 import (
        ListModelCompatibilityMappingResponse200,
    )
    from venice_api.models.list_model_traits_response_200 import ListModelTraitsResponse200
    from venice_api.models.list_models_response_200 import ListModelsResponse200
    from venice_api.params import (
        GetCharacterBySlugParams,
        GetCharacterReviewsParams,
        ListCharactersParams,
        ListModelCompatibilityMappingParams,
        ListModelsParams,
        ListModelTraitsParams,
    )

__all__ = ["AsyncCharacters", "AsyncModels", "Characters", "Models"]


class Models(SyncAPIResource):
    def list(self, **params: Unpack[ListModelsParams]) -> ListModelsResponse200:
        """GET /models, optionally ``type="image"`` etc."""
        return self._call("listModels", params)  # type: ignore[no-any-return]

    def traits(self, **params: Unpack[ListModelTraitsParams]) -> ListModelTraitsResponse200:
        """GET /models/traits: trait -> model id (``default``, ``fastest``, ...)."""
        return self._call("listModelTraits", params)  # type: ignore[no-any-return]

    def compatibility_mapping(
        self, **params: Unpack[ListModelCompatibilityMappingParams]
    ) -> ListModelCompatibilityMappingResponse200:
        """GET /models/compatibility_mapping: OpenAI model names -> Venice model ids."""
        return self._call("listModelCompatibilityMapping", params)  # type: ignore[no-any-return]


class Characters(SyncAPIResource):
    def list(self, **params: Unpack[ListCharactersParams]) -> ListCharactersResponse200:
        """GET /characters."""
        return self._call("listCharacters", params)  # type: ignore[no-any-return]

    def retrieve(
        self, slug: str, **params: Unpack[GetCharacterBySlugParams]
    ) -> GetCharacterBySlugResponse200:
        """GET /characters/{slug}."""
        return self._call("getCharacterBySlug", {"slug": slug, **params})  # type: ignore[no-any-return]

    def list_reviews(
        self, slug: str, **params: Unpack[GetCharacterReviewsParams]
    ) -> GetCharacterReviewsResponse200:
        """GET /characters/{slug}/reviews."""
        return self._call("getCharacterReviews", {"slug": slug, **params})  # type: ignore[no-any-return]


class AsyncModels(AsyncAPIResource):
    async def list(self, **params: Unpack[ListModelsParams]) -> ListModelsResponse200:
        """GET /models."""
        return await self._call("listModels", params)  # type: ignore[no-any-return]

    async def traits(self, **params: Unpack[ListModelTraitsParams]) -> ListModelTraitsResponse200:
        """GET /models/traits."""
        return await self._call("listModelTraits", params)  # type: ignore[no-any-return]

    async def compatibility_mapping(
        self, **params: Unpack[ListModelCompatibilityMappingParams]
    ) -> ListModelCompatibilityMappingResponse200:
        """GET /models/compatibility_mapping."""
        return await self._call("listModelCompatibilityMapping", params)  # type: ignore[no-any-return]


class AsyncCharacters(AsyncAPIResource):
    async def list(self, **params: Unpack[ListCharactersParams]) -> ListCharactersResponse200:
        """GET /characters."""
        return await self._call("listCharacters", params)  # type: ignore[no-any-return]

    async def retrieve(
        self, slug: str, **params: Unpack[GetCharacterBySlugParams]
    ) -> GetCharacterBySlugResponse200:
        """GET /characters/{slug}."""
        return await self._call("getCharacterBySlug", {"slug": slug, **params})  # type: ignore[no-any-return]

    async def list_reviews(
        self, slug: str, **params: Unpack[GetCharacterReviewsParams]
    ) -> GetCharacterReviewsResponse200:
        """GET /characters/{slug}/reviews."""
        return await self._call("getCharacterReviews", {"slug": slug, **params})  # type: ignore[no-any-return]
