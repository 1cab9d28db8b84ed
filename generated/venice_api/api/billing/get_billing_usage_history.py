import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detailed_error import DetailedError
from ...models.get_billing_usage_history_currency import (
    GetBillingUsageHistoryCurrency,
)
from ...models.get_billing_usage_history_response_200 import (
    GetBillingUsageHistoryResponse200,
)
from ...models.standard_error import StandardError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    currency: GetBillingUsageHistoryCurrency | Unset = UNSET,
    cursor: str | Unset = UNSET,
    end_timestamp: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    start_timestamp: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_currency: str | Unset = UNSET
    if not isinstance(currency, Unset):
        json_currency = currency

    params["currency"] = json_currency

    params["cursor"] = cursor

    json_end_timestamp: str | Unset = UNSET
    if not isinstance(end_timestamp, Unset):
        json_end_timestamp = end_timestamp.isoformat()
    params["endTimestamp"] = json_end_timestamp

    params["pageSize"] = page_size

    json_start_timestamp: str | Unset = UNSET
    if not isinstance(start_timestamp, Unset):
        json_start_timestamp = start_timestamp.isoformat()
    params["startTimestamp"] = json_start_timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/usage-history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str | None:
    if response.status_code == 200:
        content_type = (
            response.headers.get("content-type", "").partition(";")[0].strip().lower()
        )
        if content_type in ("text/csv",):
            return response.text

        response_200 = GetBillingUsageHistoryResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: GetBillingUsageHistoryCurrency | Unset = UNSET,
    cursor: str | Unset = UNSET,
    end_timestamp: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    start_timestamp: datetime.datetime | Unset = UNSET,
) -> Response[DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str]:
    """/api/v1/billing/usage-history

     Get billing usage data for the authenticated user as a cursor-paginated walk in ascending timestamp
    order. The first request takes filter parameters; while more entries remain, each response carries a
    nextCursor token that fetches the next page. A continuation request sends the cursor and nothing
    else — the filters travel inside the cursor, and filter parameters sent alongside one are rejected.
    A rejected cursor (expired, tampered with, or issued to another user) yields a 400 response; restart
    the walk from the first page. Page contents are stable while new usage is recorded, and no result
    totals are reported. Include text/csv in the Accept header to receive the page as a CSV export
    instead of JSON.

    Args:
        currency (GetBillingUsageHistoryCurrency | Unset): Filter by consumable currency Example:
            USD.
        cursor (str | Unset): Opaque continuation token from a previous response's nextCursor. The
            cursor carries the filters of the walk it continues, so no filter parameters may be sent
            alongside it. Example: AZq3fK9tXhIVDm2j4vN8cQwYt1sB6uEoLxRgPzKaJdHfM5nC7yW0K3w.
        end_timestamp (datetime.datetime | Unset): Exclusive upper bound on entry timestamps (ISO
            8601 UTC, "Z" suffix). Must be later than startTimestamp; consecutive windows sharing a
            boundary walk the history without gaps or overlaps. Carried forward by the cursor.
            Example: 2026-07-01T00:00:00Z.
        page_size (int | Unset): Number of entries per page. Carried forward by the cursor.
            Default: 1000. Example: 1000.
        start_timestamp (datetime.datetime | Unset): Inclusive lower bound on entry timestamps
            (ISO 8601 UTC, "Z" suffix). First page only: a continuation resumes from the cursor
            position instead. Example: 2026-06-01T00:00:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str]
    """

    kwargs = _get_kwargs(
        currency=currency,
        cursor=cursor,
        end_timestamp=end_timestamp,
        page_size=page_size,
        start_timestamp=start_timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currency: GetBillingUsageHistoryCurrency | Unset = UNSET,
    cursor: str | Unset = UNSET,
    end_timestamp: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    start_timestamp: datetime.datetime | Unset = UNSET,
) -> DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str | None:
    """/api/v1/billing/usage-history

     Get billing usage data for the authenticated user as a cursor-paginated walk in ascending timestamp
    order. The first request takes filter parameters; while more entries remain, each response carries a
    nextCursor token that fetches the next page. A continuation request sends the cursor and nothing
    else — the filters travel inside the cursor, and filter parameters sent alongside one are rejected.
    A rejected cursor (expired, tampered with, or issued to another user) yields a 400 response; restart
    the walk from the first page. Page contents are stable while new usage is recorded, and no result
    totals are reported. Include text/csv in the Accept header to receive the page as a CSV export
    instead of JSON.

    Args:
        currency (GetBillingUsageHistoryCurrency | Unset): Filter by consumable currency Example:
            USD.
        cursor (str | Unset): Opaque continuation token from a previous response's nextCursor. The
            cursor carries the filters of the walk it continues, so no filter parameters may be sent
            alongside it. Example: AZq3fK9tXhIVDm2j4vN8cQwYt1sB6uEoLxRgPzKaJdHfM5nC7yW0K3w.
        end_timestamp (datetime.datetime | Unset): Exclusive upper bound on entry timestamps (ISO
            8601 UTC, "Z" suffix). Must be later than startTimestamp; consecutive windows sharing a
            boundary walk the history without gaps or overlaps. Carried forward by the cursor.
            Example: 2026-07-01T00:00:00Z.
        page_size (int | Unset): Number of entries per page. Carried forward by the cursor.
            Default: 1000. Example: 1000.
        start_timestamp (datetime.datetime | Unset): Inclusive lower bound on entry timestamps
            (ISO 8601 UTC, "Z" suffix). First page only: a continuation resumes from the cursor
            position instead. Example: 2026-06-01T00:00:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str
    """

    return sync_detailed(
        client=client,
        currency=currency,
        cursor=cursor,
        end_timestamp=end_timestamp,
        page_size=page_size,
        start_timestamp=start_timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: GetBillingUsageHistoryCurrency | Unset = UNSET,
    cursor: str | Unset = UNSET,
    end_timestamp: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    start_timestamp: datetime.datetime | Unset = UNSET,
) -> Response[DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str]:
    """/api/v1/billing/usage-history

     Get billing usage data for the authenticated user as a cursor-paginated walk in ascending timestamp
    order. The first request takes filter parameters; while more entries remain, each response carries a
    nextCursor token that fetches the next page. A continuation request sends the cursor and nothing
    else — the filters travel inside the cursor, and filter parameters sent alongside one are rejected.
    A rejected cursor (expired, tampered with, or issued to another user) yields a 400 response; restart
    the walk from the first page. Page contents are stable while new usage is recorded, and no result
    totals are reported. Include text/csv in the Accept header to receive the page as a CSV export
    instead of JSON.

    Args:
        currency (GetBillingUsageHistoryCurrency | Unset): Filter by consumable currency Example:
            USD.
        cursor (str | Unset): Opaque continuation token from a previous response's nextCursor. The
            cursor carries the filters of the walk it continues, so no filter parameters may be sent
            alongside it. Example: AZq3fK9tXhIVDm2j4vN8cQwYt1sB6uEoLxRgPzKaJdHfM5nC7yW0K3w.
        end_timestamp (datetime.datetime | Unset): Exclusive upper bound on entry timestamps (ISO
            8601 UTC, "Z" suffix). Must be later than startTimestamp; consecutive windows sharing a
            boundary walk the history without gaps or overlaps. Carried forward by the cursor.
            Example: 2026-07-01T00:00:00Z.
        page_size (int | Unset): Number of entries per page. Carried forward by the cursor.
            Default: 1000. Example: 1000.
        start_timestamp (datetime.datetime | Unset): Inclusive lower bound on entry timestamps
            (ISO 8601 UTC, "Z" suffix). First page only: a continuation resumes from the cursor
            position instead. Example: 2026-06-01T00:00:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str]
    """

    kwargs = _get_kwargs(
        currency=currency,
        cursor=cursor,
        end_timestamp=end_timestamp,
        page_size=page_size,
        start_timestamp=start_timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currency: GetBillingUsageHistoryCurrency | Unset = UNSET,
    cursor: str | Unset = UNSET,
    end_timestamp: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 1000,
    start_timestamp: datetime.datetime | Unset = UNSET,
) -> DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str | None:
    """/api/v1/billing/usage-history

     Get billing usage data for the authenticated user as a cursor-paginated walk in ascending timestamp
    order. The first request takes filter parameters; while more entries remain, each response carries a
    nextCursor token that fetches the next page. A continuation request sends the cursor and nothing
    else — the filters travel inside the cursor, and filter parameters sent alongside one are rejected.
    A rejected cursor (expired, tampered with, or issued to another user) yields a 400 response; restart
    the walk from the first page. Page contents are stable while new usage is recorded, and no result
    totals are reported. Include text/csv in the Accept header to receive the page as a CSV export
    instead of JSON.

    Args:
        currency (GetBillingUsageHistoryCurrency | Unset): Filter by consumable currency Example:
            USD.
        cursor (str | Unset): Opaque continuation token from a previous response's nextCursor. The
            cursor carries the filters of the walk it continues, so no filter parameters may be sent
            alongside it. Example: AZq3fK9tXhIVDm2j4vN8cQwYt1sB6uEoLxRgPzKaJdHfM5nC7yW0K3w.
        end_timestamp (datetime.datetime | Unset): Exclusive upper bound on entry timestamps (ISO
            8601 UTC, "Z" suffix). Must be later than startTimestamp; consecutive windows sharing a
            boundary walk the history without gaps or overlaps. Carried forward by the cursor.
            Example: 2026-07-01T00:00:00Z.
        page_size (int | Unset): Number of entries per page. Carried forward by the cursor.
            Default: 1000. Example: 1000.
        start_timestamp (datetime.datetime | Unset): Inclusive lower bound on entry timestamps
            (ISO 8601 UTC, "Z" suffix). First page only: a continuation resumes from the cursor
            position instead. Example: 2026-06-01T00:00:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedError | GetBillingUsageHistoryResponse200 | StandardError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            currency=currency,
            cursor=cursor,
            end_timestamp=end_timestamp,
            page_size=page_size,
            start_timestamp=start_timestamp,
        )
    ).parsed
