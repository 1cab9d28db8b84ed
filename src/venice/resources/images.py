"""``images``: native generation (``generate``: POST /image/generate), the OpenAI-compatible route
(``generations.create``: POST /images/generations), styles, upscale, edit, multi-edit, background
removal. Image inputs may be bytes, a path, a binary file, a ``(filename, bytes)`` tuple (sent as
multipart) or a base64 string / URL (sent as JSON).
"""

from __future__ import annotations

from typing import Unpack

from venice_api.params import (
    BackgroundRemoveImageParams,
    EditImageParams,
    GenerateImageParams,
    ListImageStylesParams,
    MultiEditImageParams,
    SimpleGenerateImageParams,
    UpscaleImageParams,
)
from venice_api.responses import ImageGeneration, ImagesResponse, ListImageStylesResponse

from .._resource import AsyncAPIResource, M, Raw, Streamed, SyncAPIResource, async_endpoint, endpoint
from .._response import AsyncBinaryResponse, BinaryResponse

__all__ = ["AsyncGenerations", "AsyncImages", "Generations", "Images"]


class Generations(SyncAPIResource[M]):
    @endpoint("simpleGenerateImage")
    def create(self, **params: Unpack[SimpleGenerateImageParams]) -> ImagesResponse: ...

    @property
    def with_raw_response(self) -> Generations[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Generations[Streamed]:
        return self._as(Streamed)


class Images(SyncAPIResource[M]):
    @endpoint("generateImage")
    def generate(self, **params: Unpack[GenerateImageParams]) -> ImageGeneration | BinaryResponse: ...

    @endpoint("listImageStyles")
    def list_styles(self, **params: Unpack[ListImageStylesParams]) -> ListImageStylesResponse: ...

    @endpoint("upscaleImage")
    def upscale(self, **params: Unpack[UpscaleImageParams]) -> BinaryResponse: ...

    @endpoint("editImage")
    def edit(self, **params: Unpack[EditImageParams]) -> BinaryResponse: ...

    @endpoint("multiEditImage")
    def multi_edit(self, **params: Unpack[MultiEditImageParams]) -> BinaryResponse: ...

    @endpoint("backgroundRemoveImage")
    def background_remove(self, **params: Unpack[BackgroundRemoveImageParams]) -> BinaryResponse: ...

    @property
    def generations(self) -> Generations[M]:
        """The OpenAI-compatible POST /images/generations route."""
        return self._sub(Generations)

    @property
    def with_raw_response(self) -> Images[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Images[Streamed]:
        return self._as(Streamed)


class AsyncGenerations(AsyncAPIResource[M]):
    @async_endpoint("simpleGenerateImage")
    async def create(self, **params: Unpack[SimpleGenerateImageParams]) -> ImagesResponse: ...

    @property
    def with_raw_response(self) -> AsyncGenerations[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncGenerations[Streamed]:
        return self._as(Streamed)


class AsyncImages(AsyncAPIResource[M]):
    @async_endpoint("generateImage")
    async def generate(
        self, **params: Unpack[GenerateImageParams]
    ) -> ImageGeneration | AsyncBinaryResponse: ...

    @async_endpoint("listImageStyles")
    async def list_styles(self, **params: Unpack[ListImageStylesParams]) -> ListImageStylesResponse: ...

    @async_endpoint("upscaleImage")
    async def upscale(self, **params: Unpack[UpscaleImageParams]) -> AsyncBinaryResponse: ...

    @async_endpoint("editImage")
    async def edit(self, **params: Unpack[EditImageParams]) -> AsyncBinaryResponse: ...

    @async_endpoint("multiEditImage")
    async def multi_edit(self, **params: Unpack[MultiEditImageParams]) -> AsyncBinaryResponse: ...

    @async_endpoint("backgroundRemoveImage")
    async def background_remove(
        self, **params: Unpack[BackgroundRemoveImageParams]
    ) -> AsyncBinaryResponse: ...

    @property
    def generations(self) -> AsyncGenerations[M]:
        return self._sub(AsyncGenerations)

    @property
    def with_raw_response(self) -> AsyncImages[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncImages[Streamed]:
        return self._as(Streamed)
