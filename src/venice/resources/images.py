"""``images``: native generation (``generate``: POST /image/generate), the OpenAI-compatible route
(``generations.create``: POST /images/generations), styles, upscale, edit, multi-edit, background
removal. Image inputs may be bytes, a path, a binary file, a ``(filename, bytes)`` tuple (sent as
multipart) or a base64 string / URL (sent as JSON).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from venice_api.models.generate_image_response_200 import GenerateImageResponse200
    from venice_api.models.list_image_styles_response_200 import ListImageStylesResponse200
    from venice_api.models.simple_generate_image_response_200 import SimpleGenerateImageResponse200
    from venice_api.params import (
        BackgroundRemoveImageParams,
        EditImageParams,
        GenerateImageParams,
        ListImageStylesParams,
        MultiEditImageParams,
        SimpleGenerateImageParams,
        UpscaleImageParams,
    )

    from .._response import AsyncBinaryResponse, BinaryResponse

__all__ = ["AsyncGenerations", "AsyncImages", "Generations", "Images"]


class Generations(SyncAPIResource):
    def create(self, **params: Unpack[SimpleGenerateImageParams]) -> SimpleGenerateImageResponse200:
        """POST /images/generations: the OpenAI-compatible image route (``openai.images.generate`` shape)."""
        return self._call("simpleGenerateImage", params)  # type: ignore[no-any-return]


class Images(SyncAPIResource):
    def generate(self, **params: Unpack[GenerateImageParams]) -> GenerateImageResponse200 | BinaryResponse:
        """POST /image/generate (Venice-native). With ``return_binary=True`` the image itself."""
        return self._call("generateImage", params)  # type: ignore[no-any-return]

    @property
    def generations(self) -> Generations:
        """The OpenAI-compatible POST /images/generations route."""
        return self._sub(Generations)

    def list_styles(self, **params: Unpack[ListImageStylesParams]) -> ListImageStylesResponse200:
        """GET /image/styles: style presets for ``style_preset``."""
        return self._call("listImageStyles", params)  # type: ignore[no-any-return]

    def upscale(self, **params: Unpack[UpscaleImageParams]) -> BinaryResponse:
        """POST /image/upscale: the upscaled image (PNG)."""
        return self._call("upscaleImage", params)  # type: ignore[no-any-return]

    def edit(self, **params: Unpack[EditImageParams]) -> BinaryResponse:
        """POST /image/edit: the edited image."""
        return self._call("editImage", params)  # type: ignore[no-any-return]

    def multi_edit(self, **params: Unpack[MultiEditImageParams]) -> BinaryResponse:
        """POST /image/multi-edit: edit with several input images."""
        return self._call("multiEditImage", params)  # type: ignore[no-any-return]

    def background_remove(self, **params: Unpack[BackgroundRemoveImageParams]) -> BinaryResponse:
        """POST /image/background-remove: the image with a transparent background (PNG)."""
        return self._call("backgroundRemoveImage", params)  # type: ignore[no-any-return]


class AsyncGenerations(AsyncAPIResource):
    async def create(self, **params: Unpack[SimpleGenerateImageParams]) -> SimpleGenerateImageResponse200:
        """POST /images/generations: the OpenAI-compatible image route."""
        return await self._call("simpleGenerateImage", params)  # type: ignore[no-any-return]


class AsyncImages(AsyncAPIResource):
    async def generate(
        self, **params: Unpack[GenerateImageParams]
    ) -> GenerateImageResponse200 | AsyncBinaryResponse:
        """POST /image/generate (Venice-native)."""
        return await self._call("generateImage", params)  # type: ignore[no-any-return]

    @property
    def generations(self) -> AsyncGenerations:
        return self._sub(AsyncGenerations)

    async def list_styles(self, **params: Unpack[ListImageStylesParams]) -> ListImageStylesResponse200:
        """GET /image/styles."""
        return await self._call("listImageStyles", params)  # type: ignore[no-any-return]

    async def upscale(self, **params: Unpack[UpscaleImageParams]) -> AsyncBinaryResponse:
        """POST /image/upscale."""
        return await self._call("upscaleImage", params)  # type: ignore[no-any-return]

    async def edit(self, **params: Unpack[EditImageParams]) -> AsyncBinaryResponse:
        """POST /image/edit."""
        return await self._call("editImage", params)  # type: ignore[no-any-return]

    async def multi_edit(self, **params: Unpack[MultiEditImageParams]) -> AsyncBinaryResponse:
        """POST /image/multi-edit."""
        return await self._call("multiEditImage", params)  # type: ignore[no-any-return]

    async def background_remove(self, **params: Unpack[BackgroundRemoveImageParams]) -> AsyncBinaryResponse:
        """POST /image/background-remove."""
        return await self._call("backgroundRemoveImage", params)  # type: ignore[no-any-return]
