"""``api_keys``, ``billing`` and ``x402``: account, spend and wallet endpoints."""

from __future__ import annotations

from typing import Unpack

from venice_api.params import (
    CreateApiKeyParams,
    DeleteApiKeyParams,
    GetApiKeyByIdParams,
    GetApiKeyGenerateWeb3KeyParams,
    GetApiKeyRateLimitLogsParams,
    GetApiKeyRateLimitsParams,
    GetApiKeysParams,
    GetBillingBalanceParams,
    GetBillingUsageAnalyticsParams,
    GetBillingUsageHistoryParams,
    GetBillingUsageParams,
    GetX402BalanceParams,
    GetX402TransactionsParams,
    PostApiKeyGenerateWeb3KeyParams,
    TopUpX402BalanceParams,
    UpdateApiKeyParams,
)
from venice_api.responses import (
    CreateApiKeyResponse,
    DeleteApiKeyResponse,
    GetApiKeyByIdResponse,
    GetApiKeyGenerateWeb3KeyResponse,
    GetApiKeyRateLimitLogsResponse,
    GetApiKeyRateLimitsResponse,
    GetApiKeysResponse,
    GetBillingBalanceResponse,
    GetBillingUsageAnalyticsResponse,
    GetBillingUsageHistoryResponse,
    GetX402BalanceResponse,
    GetX402TransactionsResponse,
    PostApiKeyGenerateWeb3KeyResponse,
    TopUpX402BalanceResponse,
    UpdateApiKeyResponse,
)

from .._resource import AsyncAPIResource, M, Raw, Streamed, SyncAPIResource, async_endpoint, endpoint

__all__ = ["X402", "ApiKeys", "AsyncApiKeys", "AsyncBilling", "AsyncX402", "Billing"]


class ApiKeys(SyncAPIResource[M]):
    @endpoint("getApiKeys")
    def list(self, **params: Unpack[GetApiKeysParams]) -> GetApiKeysResponse: ...

    @endpoint("getApiKeyById")
    def retrieve(self, id: str, /, **params: Unpack[GetApiKeyByIdParams]) -> GetApiKeyByIdResponse: ...

    @endpoint("createApiKey")
    def create(self, **params: Unpack[CreateApiKeyParams]) -> CreateApiKeyResponse: ...

    @endpoint("updateApiKey")
    def update(self, **params: Unpack[UpdateApiKeyParams]) -> UpdateApiKeyResponse: ...

    @endpoint("deleteApiKey")
    def delete(self, **params: Unpack[DeleteApiKeyParams]) -> DeleteApiKeyResponse: ...

    @endpoint("getApiKeyRateLimits")
    def rate_limits(self, **params: Unpack[GetApiKeyRateLimitsParams]) -> GetApiKeyRateLimitsResponse: ...

    @endpoint("getApiKeyRateLimitLogs")
    def rate_limit_logs(
        self, **params: Unpack[GetApiKeyRateLimitLogsParams]
    ) -> GetApiKeyRateLimitLogsResponse: ...

    @endpoint("getApiKeyGenerateWeb3Key")
    def get_web3_token(
        self, **params: Unpack[GetApiKeyGenerateWeb3KeyParams]
    ) -> GetApiKeyGenerateWeb3KeyResponse: ...

    @endpoint("postApiKeyGenerateWeb3Key")
    def create_web3_key(
        self, **params: Unpack[PostApiKeyGenerateWeb3KeyParams]
    ) -> PostApiKeyGenerateWeb3KeyResponse: ...

    @property
    def with_raw_response(self) -> ApiKeys[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> ApiKeys[Streamed]:
        return self._as(Streamed)


class Billing(SyncAPIResource[M]):
    @endpoint("getBillingBalance")
    def balance(self, **params: Unpack[GetBillingBalanceParams]) -> GetBillingBalanceResponse: ...

    @endpoint("getBillingUsage")
    def usage(self, **params: Unpack[GetBillingUsageParams]) -> object: ...

    @endpoint("getBillingUsageAnalytics")
    def usage_analytics(
        self, **params: Unpack[GetBillingUsageAnalyticsParams]
    ) -> GetBillingUsageAnalyticsResponse: ...

    @endpoint("getBillingUsageHistory")
    def usage_history(
        self, **params: Unpack[GetBillingUsageHistoryParams]
    ) -> GetBillingUsageHistoryResponse | str: ...

    @property
    def with_raw_response(self) -> Billing[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Billing[Streamed]:
        return self._as(Streamed)


class X402(SyncAPIResource[M]):
    @endpoint("getX402Balance")
    def balance(
        self, wallet_address: str, /, **params: Unpack[GetX402BalanceParams]
    ) -> GetX402BalanceResponse: ...

    @endpoint("topUpX402Balance")
    def top_up(self, **params: Unpack[TopUpX402BalanceParams]) -> TopUpX402BalanceResponse: ...

    @endpoint("getX402Transactions")
    def transactions(
        self, wallet_address: str, /, **params: Unpack[GetX402TransactionsParams]
    ) -> GetX402TransactionsResponse: ...

    @property
    def with_raw_response(self) -> X402[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> X402[Streamed]:
        return self._as(Streamed)


class AsyncApiKeys(AsyncAPIResource[M]):
    @async_endpoint("getApiKeys")
    async def list(self, **params: Unpack[GetApiKeysParams]) -> GetApiKeysResponse: ...

    @async_endpoint("getApiKeyById")
    async def retrieve(self, id: str, /, **params: Unpack[GetApiKeyByIdParams]) -> GetApiKeyByIdResponse: ...

    @async_endpoint("createApiKey")
    async def create(self, **params: Unpack[CreateApiKeyParams]) -> CreateApiKeyResponse: ...

    @async_endpoint("updateApiKey")
    async def update(self, **params: Unpack[UpdateApiKeyParams]) -> UpdateApiKeyResponse: ...

    @async_endpoint("deleteApiKey")
    async def delete(self, **params: Unpack[DeleteApiKeyParams]) -> DeleteApiKeyResponse: ...

    @async_endpoint("getApiKeyRateLimits")
    async def rate_limits(
        self, **params: Unpack[GetApiKeyRateLimitsParams]
    ) -> GetApiKeyRateLimitsResponse: ...

    @async_endpoint("getApiKeyRateLimitLogs")
    async def rate_limit_logs(
        self, **params: Unpack[GetApiKeyRateLimitLogsParams]
    ) -> GetApiKeyRateLimitLogsResponse: ...

    @async_endpoint("getApiKeyGenerateWeb3Key")
    async def get_web3_token(
        self, **params: Unpack[GetApiKeyGenerateWeb3KeyParams]
    ) -> GetApiKeyGenerateWeb3KeyResponse: ...

    @async_endpoint("postApiKeyGenerateWeb3Key")
    async def create_web3_key(
        self, **params: Unpack[PostApiKeyGenerateWeb3KeyParams]
    ) -> PostApiKeyGenerateWeb3KeyResponse: ...

    @property
    def with_raw_response(self) -> AsyncApiKeys[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncApiKeys[Streamed]:
        return self._as(Streamed)


class AsyncBilling(AsyncAPIResource[M]):
    @async_endpoint("getBillingBalance")
    async def balance(self, **params: Unpack[GetBillingBalanceParams]) -> GetBillingBalanceResponse: ...

    @async_endpoint("getBillingUsage")
    async def usage(self, **params: Unpack[GetBillingUsageParams]) -> object: ...

    @async_endpoint("getBillingUsageAnalytics")
    async def usage_analytics(
        self, **params: Unpack[GetBillingUsageAnalyticsParams]
    ) -> GetBillingUsageAnalyticsResponse: ...

    @async_endpoint("getBillingUsageHistory")
    async def usage_history(
        self, **params: Unpack[GetBillingUsageHistoryParams]
    ) -> GetBillingUsageHistoryResponse | str: ...

    @property
    def with_raw_response(self) -> AsyncBilling[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncBilling[Streamed]:
        return self._as(Streamed)


class AsyncX402(AsyncAPIResource[M]):
    @async_endpoint("getX402Balance")
    async def balance(
        self, wallet_address: str, /, **params: Unpack[GetX402BalanceParams]
    ) -> GetX402BalanceResponse: ...

    @async_endpoint("topUpX402Balance")
    async def top_up(self, **params: Unpack[TopUpX402BalanceParams]) -> TopUpX402BalanceResponse: ...

    @async_endpoint("getX402Transactions")
    async def transactions(
        self, wallet_address: str, /, **params: Unpack[GetX402TransactionsParams]
    ) -> GetX402TransactionsResponse: ...

    @property
    def with_raw_response(self) -> AsyncX402[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncX402[Streamed]:
        return self._as(Streamed)
