from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.get_billing_usage_history_response_200_data_item import (
        GetBillingUsageHistoryResponse200DataItem,
    )


T = TypeVar("T", bound="GetBillingUsageHistoryResponse200")


@_attrs_define
class GetBillingUsageHistoryResponse200:
    """The response schema for the billing usage history endpoint

    Example:
        {'data': [{'amount': -0.1, 'currency': 'DIEM', 'inferenceDetails': None, 'notes': 'API Inference',
            'pricePerUnitUsd': 0.1, 'sku': 'grok-imagine-image-image-unit', 'timestamp': '2026-06-14T19:52:45.087Z',
            'units': 1}, {'amount': -0.06356, 'currency': 'DIEM', 'inferenceDetails': {'completionTokens': 227,
            'inferenceExecutionTime': 2964, 'promptTokens': 339, 'requestId': 'chatcmpl-4007fd29f42b7d3c4107f4345e8d174a'},
            'notes': 'API Inference', 'pricePerUnitUsd': 2.8, 'sku': 'zai-org-glm-5-1-llm-output-mtoken', 'timestamp':
            '2026-06-15T19:05:10.504Z', 'units': 0.000227}], 'nextCursor':
            'AZq3fK9tXhIVDm2j4vN8cQwYt1sB6uEoLxRgPzKaJdHfM5nC7yW0K3w'}

    Attributes:
        data (list[GetBillingUsageHistoryResponse200DataItem]): Usage entries in ascending timestamp order
        next_cursor (None | str): Continuation token for the next page, to be sent as the cursor query parameter. null
            means this is the last page.
    """

    data: list[GetBillingUsageHistoryResponse200DataItem]
    next_cursor: None | str

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "nextCursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_billing_usage_history_response_200_data_item import (
            GetBillingUsageHistoryResponse200DataItem,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GetBillingUsageHistoryResponse200DataItem.from_dict(
                data_item_data
            )

            data.append(data_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("nextCursor"))

        get_billing_usage_history_response_200 = cls(
            data=data,
            next_cursor=next_cursor,
        )

        return get_billing_usage_history_response_200
