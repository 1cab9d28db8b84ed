from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detailed_error import DetailedError
from ...models.get_billing_usage_analytics_response_200 import (
    GetBillingUsageAnalyticsResponse200,
)
from ...models.get_billing_usage_analytics_response_504 import (
    GetBillingUsageAnalyticsResponse504,
)
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lookback: str | Unset = "7d",
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lookback"] = lookback

    params["startDate"] = start_date

    params["endDate"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/usage-analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DetailedError
    | GetBillingUsageAnalyticsResponse200
    | GetBillingUsageAnalyticsResponse504
    | StandardError
    | None
):
    if response.status_code == 200:
        response_200 = GetBillingUsageAnalyticsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetailedError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StandardError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = StandardError.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = GetBillingUsageAnalyticsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DetailedError
    | GetBillingUsageAnalyticsResponse200
    | GetBillingUsageAnalyticsResponse504
    | StandardError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    lookback: str | Unset = "7d",
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[
    DetailedError
    | GetBillingUsageAnalyticsResponse200
    | GetBillingUsageAnalyticsResponse504
    | StandardError
]:
    """/api/v1/billing/usage-analytics

     **Beta**: This endpoint is currently in beta and may be unstable. Request/response schemas and
    behavior may change without notice.

    Get aggregated usage analytics for the authenticated user with breakdowns by date, model, and API
    key. This endpoint provides summary views of your API usage, ideal for dashboards and usage
    monitoring. Data is cached for 10 minutes.

    Args:
        lookback (str | Unset): Lookback period for usage data. Format: number followed by "d"
            (e.g., "7d", "30d"). Maximum: 90d Default: '7d'. Example: 7d.
        start_date (str | Unset): Start date for filtering records (YYYY-MM-DD). If provided,
            endDate is also required. Example: 2024-01-01.
        end_date (str | Unset): End date for filtering records (YYYY-MM-DD). If provided,
            startDate is also required. Example: 2024-01-31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | GetBillingUsageAnalyticsResponse200 | GetBillingUsageAnalyticsResponse504 | StandardError]
    """

    kwargs = _get_kwargs(
        lookback=lookback,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    lookback: str | Unset = "7d",
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> (
    DetailedError
    | GetBillingUsageAnalyticsResponse200
    | GetBillingUsageAnalyticsResponse504
    | StandardError
    | None
):
    """/api/v1/billing/usage-analytics

     **Beta**: This endpoint is currently in beta and may be unstable. Request/response schemas and
    behavior may change without notice.

    Get aggregated usage analytics for the authenticated user with breakdowns by date, model, and API
    key. This endpoint provides summary views of your API usage, ideal for dashboards and usage
    monitoring. Data is cached for 10 minutes.

    Args:
        lookback (str | Unset): Lookback period for usage data. Format: number followed by "d"
            (e.g., "7d", "30d"). Maximum: 90d Default: '7d'. Example: 7d.
        start_date (str | Unset): Start date for filtering records (YYYY-MM-DD). If provided,
            endDate is also required. Example: 2024-01-01.
        end_date (str | Unset): End date for filtering records (YYYY-MM-DD). If provided,
            startDate is also required. Example: 2024-01-31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | GetBillingUsageAnalyticsResponse200 | GetBillingUsageAnalyticsResponse504 | StandardError
    """

    return sync_detailed(
        client=client,
        lookback=lookback,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lookback: str | Unset = "7d",
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[
    DetailedError
    | GetBillingUsageAnalyticsResponse200
    | GetBillingUsageAnalyticsResponse504
    | StandardError
]:
    """/api/v1/billing/usage-analytics

     **Beta**: This endpoint is currently in beta and may be unstable. Request/response schemas and
    behavior may change without notice.

    Get aggregated usage analytics for the authenticated user with breakdowns by date, model, and API
    key. This endpoint provides summary views of your API usage, ideal for dashboards and usage
    monitoring. Data is cached for 10 minutes.

    Args:
        lookback (str | Unset): Lookback period for usage data. Format: number followed by "d"
            (e.g., "7d", "30d"). Maximum: 90d Default: '7d'. Example: 7d.
        start_date (str | Unset): Start date for filtering records (YYYY-MM-DD). If provided,
            endDate is also required. Example: 2024-01-01.
        end_date (str | Unset): End date for filtering records (YYYY-MM-DD). If provided,
            startDate is also required. Example: 2024-01-31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | GetBillingUsageAnalyticsResponse200 | GetBillingUsageAnalyticsResponse504 | StandardError]
    """

    kwargs = _get_kwargs(
        lookback=lookback,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lookback: str | Unset = "7d",
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> (
    DetailedError
    | GetBillingUsageAnalyticsResponse200
    | GetBillingUsageAnalyticsResponse504
    | StandardError
    | None
):
    """/api/v1/billing/usage-analytics

     **Beta**: This endpoint is currently in beta and may be unstable. Request/response schemas and
    behavior may change without notice.

    Get aggregated usage analytics for the authenticated user with breakdowns by date, model, and API
    key. This endpoint provides summary views of your API usage, ideal for dashboards and usage
    monitoring. Data is cached for 10 minutes.

    Args:
        lookback (str | Unset): Lookback period for usage data. Format: number followed by "d"
            (e.g., "7d", "30d"). Maximum: 90d Default: '7d'. Example: 7d.
        start_date (str | Unset): Start date for filtering records (YYYY-MM-DD). If provided,
            endDate is also required. Example: 2024-01-01.
        end_date (str | Unset): End date for filtering records (YYYY-MM-DD). If provided,
            startDate is also required. Example: 2024-01-31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | GetBillingUsageAnalyticsResponse200 | GetBillingUsageAnalyticsResponse504 | StandardError
    """

    return (
        await asyncio_detailed(
            client=client,
            lookback=lookback,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
