"""``crypto`` (RPC proxy) and ``augment`` (text parser, scrape, search)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from venice_api.models.create_text_parser_response_200 import CreateTextParserResponse200
    from venice_api.models.list_crypto_rpc_networks_response_200 import ListCryptoRpcNetworksResponse200
    from venice_api.models.web_scrape_response import WebScrapeResponse
    from venice_api.models.web_search_response import WebSearchResponse
    from venice_api.params import (
        CreateTextParserParams,
        CryptoRpcProxyParams,
        ListCryptoRpcNetworksParams,
        WebScrapeParams,
        WebSearchParams,
    )

__all__ = ["AsyncAugment", "AsyncCrypto", "Augment", "Crypto"]


class Rpc(SyncAPIResource):
    def list_networks(
        self, **params: Unpack[ListCryptoRpcNetworksParams]
    ) -> ListCryptoRpcNetworksResponse200:
        """GET /crypto/rpc/networks."""
        return self._call("listCryptoRpcNetworks", params)  # type: ignore[no-any-return]

    def call(self, network: str, **params: Unpack[CryptoRpcProxyParams]) -> Any:
        """POST /crypto/rpc/{network}: one JSON-RPC request (dict) or a batch (list)."""
        return self._call("cryptoRpcProxy", {"network": network, **params})


class Crypto(SyncAPIResource):
    @property
    def rpc(self) -> Rpc:
        return self._sub(Rpc)


class Augment(SyncAPIResource):
    def text_parser(self, **params: Unpack[CreateTextParserParams]) -> CreateTextParserResponse200 | str:
        """POST /augment/text-parser: extract text from a document (multipart ``file``)."""
        return self._call("createTextParser", params)  # type: ignore[no-any-return]

    def scrape(self, **params: Unpack[WebScrapeParams]) -> WebScrapeResponse:
        """POST /augment/scrape."""
        return self._call("webScrape", params)  # type: ignore[no-any-return]

    def search(self, **params: Unpack[WebSearchParams]) -> WebSearchResponse:
        """POST /augment/search."""
        return self._call("webSearch", params)  # type: ignore[no-any-return]


class AsyncRpc(AsyncAPIResource):
    async def list_networks(
        self, **params: Unpack[ListCryptoRpcNetworksParams]
    ) -> ListCryptoRpcNetworksResponse200:
        """GET /crypto/rpc/networks."""
        return await self._call("listCryptoRpcNetworks", params)  # type: ignore[no-any-return]

    async def call(self, network: str, **params: Unpack[CryptoRpcProxyParams]) -> Any:
        """POST /crypto/rpc/{network}."""
        return await self._call("cryptoRpcProxy", {"network": network, **params})


class AsyncCrypto(AsyncAPIResource):
    @property
    def rpc(self) -> AsyncRpc:
        return self._sub(AsyncRpc)


class AsyncAugment(AsyncAPIResource):
    async def text_parser(
        self, **params: Unpack[CreateTextParserParams]
    ) -> CreateTextParserResponse200 | str:
        """POST /augment/text-parser."""
        return await self._call("createTextParser", params)  # type: ignore[no-any-return]

    async def scrape(self, **params: Unpack[WebScrapeParams]) -> WebScrapeResponse:
        """POST /augment/scrape."""
        return await self._call("webScrape", params)  # type: ignore[no-any-return]

    async def search(self, **params: Unpack[WebSearchParams]) -> WebSearchResponse:
        """POST /augment/search."""
        return await self._call("webSearch", params)  # type: ignore[no-any-return]
