"""``api_keys``, ``billing`` and ``x402``: account, spend and wallet endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from venice_api.models.create_api_key_response_200 import CreateApiKeyResponse200
    from venice_api.models.delete_api_key_response_200 import DeleteApiKeyResponse200
    from venice_api.models.get_api_key_by_id_response_200 import GetApiKeyByIdResponse200
    from venice_api.models.get_api_key_generate_web_3_key_response_200 import (
        GetApiKeyGenerateWeb3KeyResponse200,
    )
    from venice_api.models.get_api_key_rate_limit_logs_response_200 import GetApiKeyRateLimitLogsResponse200
    from venice_api.models.get_api_key_rate_limits_response_200 import GetApiKeyRateLimitsResponse200
    from venice_api.models.get_api_keys_response_200 import GetApiKeysResponse200
    from venice_api.models.get_billing_balance_response_200 import GetBillingBalanceResponse200
    from venice_api.models.get_billing_usage_analytics_response_200 import GetBillingUsageAnalyticsResponse200
    from venice_api.models.get_billing_usage_history_response_200 import GetBillingUsageHistoryResponse200
    from venice_api.models.get_x402_balance_response_200 import GetX402BalanceResponse200
    from venice_api.models.get_x402_transactions_response_200 import GetX402TransactionsResponse200
    from venice_api.models.post_api_key_generate_web_3_key_response_200 import (
        PostApiKeyGenerateWeb3KeyResponse200,
    )
    from venice_api.models.top_up_x402_balance_response_200 import TopUpX402BalanceResponse200
    from venice_api.models.update_api_key_response_200 import UpdateApiKeyResponse200
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

__all__ = ["X402", "ApiKeys", "AsyncApiKeys", "AsyncBilling", "AsyncX402", "Billing"]


class ApiKeys(SyncAPIResource):
    def list(self, **params: Unpack[GetApiKeysParams]) -> GetApiKeysResponse200:
        """GET /api_keys."""
        return self._call("getApiKeys", params)  # type: ignore[no-any-return]

    def retrieve(self, id: str, **params: Unpack[GetApiKeyByIdParams]) -> GetApiKeyByIdResponse200:
        """GET /api_keys/{id}."""
        return self._call("getApiKeyById", {"id": id, **params})  # type: ignore[no-any-return]

    def create(self, **params: Unpack[CreateApiKeyParams]) -> CreateApiKeyResponse200:
        """POST /api_keys."""
        return self._call("createApiKey", params)  # type: ignore[no-any-return]

    def update(self, **params: Unpack[UpdateApiKeyParams]) -> UpdateApiKeyResponse200:
        """PATCH /api_keys."""
        return self._call("updateApiKey", params)  # type: ignore[no-any-return]

    def delete(self, **params: Unpack[DeleteApiKeyParams]) -> DeleteApiKeyResponse200:
        """DELETE /api_keys?id=..."""
        return self._call("deleteApiKey", params)  # type: ignore[no-any-return]

    def rate_limits(self, **params: Unpack[GetApiKeyRateLimitsParams]) -> GetApiKeyRateLimitsResponse200:
        """GET /api_keys/rate_limits."""
        return self._call("getApiKeyRateLimits", params)  # type: ignore[no-any-return]

    def rate_limit_logs(
        self, **params: Unpack[GetApiKeyRateLimitLogsParams]
    ) -> GetApiKeyRateLimitLogsResponse200:
        """GET /api_keys/rate_limits/log."""
        return self._call("getApiKeyRateLimitLogs", params)  # type: ignore[no-any-return]

    def get_web3_token(
        self, **params: Unpack[GetApiKeyGenerateWeb3KeyParams]
    ) -> GetApiKeyGenerateWeb3KeyResponse200:
        """GET /api_keys/generate_web3_key: the token a wallet signs to create a key."""
        return self._call("getApiKeyGenerateWeb3Key", params)  # type: ignore[no-any-return]

    def create_web3_key(
        self, **params: Unpack[PostApiKeyGenerateWeb3KeyParams]
    ) -> PostApiKeyGenerateWeb3KeyResponse200:
        """POST /api_keys/generate_web3_key: create a key from a signed token."""
        return self._call("postApiKeyGenerateWeb3Key", params)  # type: ignore[no-any-return]


class Billing(SyncAPIResource):
    def balance(self, **params: Unpack[GetBillingBalanceParams]) -> GetBillingBalanceResponse200:
        """GET /billing/balance."""
        return self._call("getBillingBalance", params)  # type: ignore[no-any-return]

    def usage(self, **params: Unpack[GetBillingUsageParams]) -> Any:
        """GET /billing/usage (beta; the spec declares no response body)."""
        return self._call("getBillingUsage", params)

    def usage_analytics(
        self, **params: Unpack[GetBillingUsageAnalyticsParams]
    ) -> GetBillingUsageAnalyticsResponse200:
        """GET /billing/usage-analytics."""
        return self._call("getBillingUsageAnalytics", params)  # type: ignore[no-any-return]

    def usage_history(
        self, **params: Unpack[GetBillingUsageHistoryParams]
    ) -> GetBillingUsageHistoryResponse200 | str:
        """GET /billing/usage-history (``str`` when the server answers CSV)."""
        return self._call("getBillingUsageHistory", params)  # type: ignore[no-any-return]


class X402(SyncAPIResource):
    def balance(
        self, wallet_address: str, **params: Unpack[GetX402BalanceParams]
    ) -> GetX402BalanceResponse200:
        """GET /x402/balance/{wallet_address} (needs x402 sign-in)."""
        return self._call("getX402Balance", {"wallet_address": wallet_address, **params})  # type: ignore[no-any-return]

    def top_up(self, **params: Unpack[TopUpX402BalanceParams]) -> TopUpX402BalanceResponse200:
        """POST /x402/top-up (``payment_signature=`` carries the signed payment)."""
        return self._call("topUpX402Balance", params)  # type: ignore[no-any-return]

    def transactions(
        self, wallet_address: str, **params: Unpack[GetX402TransactionsParams]
    ) -> GetX402TransactionsResponse200:
        """GET /x402/transactions/{wallet_address}."""
        return self._call("getX402Transactions", {"wallet_address": wallet_address, **params})  # type: ignore[no-any-return]


class AsyncApiKeys(AsyncAPIResource):
    async def list(self, **params: Unpack[GetApiKeysParams]) -> GetApiKeysResponse200:
        """GET /api_keys."""
        return await self._call("getApiKeys", params)  # type: ignore[no-any-return]

    async def retrieve(self, id: str, **params: Unpack[GetApiKeyByIdParams]) -> GetApiKeyByIdResponse200:
        """GET /api_keys/{id}."""
        return await self._call("getApiKeyById", {"id": id, **params})  # type: ignore[no-any-return]

    async def create(self, **params: Unpack[CreateApiKeyParams]) -> CreateApiKeyResponse200:
        """POST /api_keys."""
        return await self._call("createApiKey", params)  # type: ignore[no-any-return]

    async def update(self, **params: Unpack[UpdateApiKeyParams]) -> UpdateApiKeyResponse200:
        """PATCH /api_keys."""
        return await self._call("updateApiKey", params)  # type: ignore[no-any-return]

    async def delete(self, **params: Unpack[DeleteApiKeyParams]) -> DeleteApiKeyResponse200:
        """DELETE /api_keys?id=..."""
        return await self._call("deleteApiKey", params)  # type: ignore[no-any-return]

    async def rate_limits(
        self, **params: Unpack[GetApiKeyRateLimitsParams]
    ) -> GetApiKeyRateLimitsResponse200:
        """GET /api_keys/rate_limits."""
        return await self._call("getApiKeyRateLimits", params)  # type: ignore[no-any-return]

    async def rate_limit_logs(
        self, **params: Unpack[GetApiKeyRateLimitLogsParams]
    ) -> GetApiKeyRateLimitLogsResponse200:
        """GET /api_keys/rate_limits/log."""
        return await self._call("getApiKeyRateLimitLogs", params)  # type: ignore[no-any-return]

    async def get_web3_token(
        self, **params: Unpack[GetApiKeyGenerateWeb3KeyParams]
    ) -> GetApiKeyGenerateWeb3KeyResponse200:
        """GET /api_keys/generate_web3_key."""
        return await self._call("getApiKeyGenerateWeb3Key", params)  # type: ignore[no-any-return]

    async def create_web3_key(
        self, **params: Unpack[PostApiKeyGenerateWeb3KeyParams]
    ) -> PostApiKeyGenerateWeb3KeyResponse200:
        """POST /api_keys/generate_web3_key."""
        return await self._call("postApiKeyGenerateWeb3Key", params)  # type: ignore[no-any-return]


class AsyncBilling(AsyncAPIResource):
    async def balance(self, **params: Unpack[GetBillingBalanceParams]) -> GetBillingBalanceResponse200:
        """GET /billing/balance."""
        return await self._call("getBillingBalance", params)  # type: ignore[no-any-return]

    async def usage(self, **params: Unpack[GetBillingUsageParams]) -> Any:
        """GET /billing/usage (beta)."""
        return await self._call("getBillingUsage", params)

    async def usage_analytics(
        self, **params: Unpack[GetBillingUsageAnalyticsParams]
    ) -> GetBillingUsageAnalyticsResponse200:
        """GET /billing/usage-analytics."""
        return await self._call("getBillingUsageAnalytics", params)  # type: ignore[no-any-return]

    async def usage_history(
        self, **params: Unpack[GetBillingUsageHistoryParams]
    ) -> GetBillingUsageHistoryResponse200 | str:
        """GET /billing/usage-history."""
        return await self._call("getBillingUsageHistory", params)  # type: ignore[no-any-return]


class AsyncX402(AsyncAPIResource):
    async def balance(
        self, wallet_address: str, **params: Unpack[GetX402BalanceParams]
    ) -> GetX402BalanceResponse200:
        """GET /x402/balance/{wallet_address}."""
        return await self._call("getX402Balance", {"wallet_address": wallet_address, **params})  # type: ignore[no-any-return]

    async def top_up(self, **params: Unpack[TopUpX402BalanceParams]) -> TopUpX402BalanceResponse200:
        """POST /x402/top-up."""
        return await self._call("topUpX402Balance", params)  # type: ignore[no-any-return]

    async def transactions(
        self, wallet_address: str, **params: Unpack[GetX402TransactionsParams]
    ) -> GetX402TransactionsResponse200:
        """GET /x402/transactions/{wallet_address}."""
        return await self._call("getX402Transactions", {"wallet_address": wallet_address, **params})  # type: ignore[no-any-return]
