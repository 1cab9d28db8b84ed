"""``crypto`` (RPC proxy) and ``augment`` (text parser, scrape, search)."""

from __future__ import annotations

from typing import Unpack

from venice_api.params import (
    CreateTextParserParams,
    CryptoRpcProxyParams,
    ListCryptoRpcNetworksParams,
    WebScrapeParams,
    WebSearchParams,
)
from venice_api.responses import (
    CreateTextParserResponse,
    CryptoRpcProxyResponseVariant0,
    CryptoRpcProxyResponseVariant1,
    ListCryptoRpcNetworksResponse,
    WebScrapeResponse,
    WebSearchResponse,
)

from .._resource import AsyncAPIResource, M, Raw, Streamed, SyncAPIResource, async_endpoint, endpoint

__all__ = ["AsyncAugment", "AsyncCrypto", "Augment", "Crypto"]

RpcAnswer = CryptoRpcProxyResponseVariant0 | list[CryptoRpcProxyResponseVariant1]


class Rpc(SyncAPIResource[M]):
    @endpoint("listCryptoRpcNetworks")
    def list_networks(
        self, **params: Unpack[ListCryptoRpcNetworksParams]
    ) -> ListCryptoRpcNetworksResponse: ...

    @endpoint("cryptoRpcProxy")
    def call(self, network: str, /, **params: Unpack[CryptoRpcProxyParams]) -> RpcAnswer: ...

    @property
    def with_raw_response(self) -> Rpc[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Rpc[Streamed]:
        return self._as(Streamed)


class Crypto(SyncAPIResource[M]):
    @property
    def rpc(self) -> Rpc[M]:
        return self._sub(Rpc)

    @property
    def with_raw_response(self) -> Crypto[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Crypto[Streamed]:
        return self._as(Streamed)


class Augment(SyncAPIResource[M]):
    @endpoint("createTextParser")
    def text_parser(self, **params: Unpack[CreateTextParserParams]) -> CreateTextParserResponse | str: ...

    @endpoint("webScrape")
    def scrape(self, **params: Unpack[WebScrapeParams]) -> WebScrapeResponse: ...

    @endpoint("webSearch")
    def search(self, **params: Unpack[WebSearchParams]) -> WebSearchResponse: ...

    @property
    def with_raw_response(self) -> Augment[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Augment[Streamed]:
        return self._as(Streamed)


class AsyncRpc(AsyncAPIResource[M]):
    @async_endpoint("listCryptoRpcNetworks")
    async def list_networks(
        self, **params: Unpack[ListCryptoRpcNetworksParams]
    ) -> ListCryptoRpcNetworksResponse: ...

    @async_endpoint("cryptoRpcProxy")
    async def call(self, network: str, /, **params: Unpack[CryptoRpcProxyParams]) -> RpcAnswer: ...

    @property
    def with_raw_response(self) -> AsyncRpc[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncRpc[Streamed]:
        return self._as(Streamed)


class AsyncCrypto(AsyncAPIResource[M]):
    @property
    def rpc(self) -> AsyncRpc[M]:
        return self._sub(AsyncRpc)

    @property
    def with_raw_response(self) -> AsyncCrypto[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncCrypto[Streamed]:
        return self._as(Streamed)


class AsyncAugment(AsyncAPIResource[M]):
    @async_endpoint("createTextParser")
    async def text_parser(
        self, **params: Unpack[CreateTextParserParams]
    ) -> CreateTextParserResponse | str: ...

    @async_endpoint("webScrape")
    async def scrape(self, **params: Unpack[WebScrapeParams]) -> WebScrapeResponse: ...

    @async_endpoint("webSearch")
    async def search(self, **params: Unpack[WebSearchParams]) -> WebSearchResponse: ...

    @property
    def with_raw_response(self) -> AsyncAugment[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncAugment[Streamed]:
        return self._as(Streamed)
