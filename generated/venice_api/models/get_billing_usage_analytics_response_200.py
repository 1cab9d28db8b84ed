from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.get_billing_usage_analytics_response_200_by_date_item import (
        GetBillingUsageAnalyticsResponse200ByDateItem,
    )
    from ..models.get_billing_usage_analytics_response_200_by_key_daily_item import (
        GetBillingUsageAnalyticsResponse200ByKeyDailyItem,
    )
    from ..models.get_billing_usage_analytics_response_200_by_key_item import (
        GetBillingUsageAnalyticsResponse200ByKeyItem,
    )
    from ..models.get_billing_usage_analytics_response_200_by_model_daily_item import (
        GetBillingUsageAnalyticsResponse200ByModelDailyItem,
    )
    from ..models.get_billing_usage_analytics_response_200_by_model_item import (
        GetBillingUsageAnalyticsResponse200ByModelItem,
    )


T = TypeVar("T", bound="GetBillingUsageAnalyticsResponse200")


@_attrs_define
class GetBillingUsageAnalyticsResponse200:
    """Aggregated usage analytics response with breakdowns by date, model, and API key

    Example:
        {'lookback': '7d', 'byDate': [{'date': '2024-01-15', 'USD': 0.5, 'DIEM': 10.25}, {'date': '2024-01-14', 'USD':
            0.3, 'DIEM': 8.75}], 'byModel': [{'modelName': 'GLM 5.1', 'unitType': 'tokens', 'modelType': 'LLM', 'totalUsd':
            0.4, 'totalDiem': 12.5, 'totalUnits': 50000, 'breakdown': [{'type': 'Output', 'usd': 0.3, 'diem': 10, 'units':
            35000}, {'type': 'Input', 'usd': 0.1, 'diem': 2.5, 'units': 15000}]}], 'byModelDaily': [{'date': 1705276800000,
            'GLM 5.1': 5.5, 'Kimi K2.6': 3.2}], 'topModels': ['GLM 5.1', 'Kimi K2.6'], 'byKey': [{'apiKeyId': 'key_abc123',
            'description': 'Production Key', 'totalUsd': 0.8, 'totalDiem': 15, 'totalUnits': 75000}, {'apiKeyId': None,
            'description': 'Web App', 'totalUsd': 0, 'totalDiem': 4, 'totalUnits': 25000}], 'byKeyDaily': [{'date':
            1705276800000, 'Production Key': 8.5, 'Web App': 2}], 'topKeyNames': ['Production Key', 'Web App']}

    Attributes:
        lookback (str): The lookback period used for the query. Either "Nd" format or "startDate:endDate" format.
            Example: 7d.
        by_date (list[GetBillingUsageAnalyticsResponse200ByDateItem]): Daily usage totals for the requested period
        by_model (list[GetBillingUsageAnalyticsResponse200ByModelItem]): Usage breakdown by model, sorted by total spend
            (highest first)
        by_model_daily (list[GetBillingUsageAnalyticsResponse200ByModelDailyItem]): Daily chart data for top 8 models.
            Each entry has "date" (timestamp) plus model names as keys.
        top_models (list[str]): Names of the top 8 models by usage (for chart legends)
        by_key (list[GetBillingUsageAnalyticsResponse200ByKeyItem]): Usage breakdown by API key, sorted by total spend
            (highest first)
        by_key_daily (list[GetBillingUsageAnalyticsResponse200ByKeyDailyItem]): Daily chart data for top 8 API keys.
            Each entry has "date" (timestamp) plus key descriptions as keys.
        top_key_names (list[str]): Descriptions of the top 8 API keys by usage (for chart legends)
    """

    lookback: str
    by_date: list[GetBillingUsageAnalyticsResponse200ByDateItem]
    by_model: list[GetBillingUsageAnalyticsResponse200ByModelItem]
    by_model_daily: list[GetBillingUsageAnalyticsResponse200ByModelDailyItem]
    top_models: list[str]
    by_key: list[GetBillingUsageAnalyticsResponse200ByKeyItem]
    by_key_daily: list[GetBillingUsageAnalyticsResponse200ByKeyDailyItem]
    top_key_names: list[str]

    def to_dict(self) -> dict[str, Any]:
        lookback = self.lookback

        by_date = []
        for by_date_item_data in self.by_date:
            by_date_item = by_date_item_data.to_dict()
            by_date.append(by_date_item)

        by_model = []
        for by_model_item_data in self.by_model:
            by_model_item = by_model_item_data.to_dict()
            by_model.append(by_model_item)

        by_model_daily = []
        for by_model_daily_item_data in self.by_model_daily:
            by_model_daily_item = by_model_daily_item_data.to_dict()
            by_model_daily.append(by_model_daily_item)

        top_models = self.top_models

        by_key = []
        for by_key_item_data in self.by_key:
            by_key_item = by_key_item_data.to_dict()
            by_key.append(by_key_item)

        by_key_daily = []
        for by_key_daily_item_data in self.by_key_daily:
            by_key_daily_item = by_key_daily_item_data.to_dict()
            by_key_daily.append(by_key_daily_item)

        top_key_names = self.top_key_names

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lookback": lookback,
                "byDate": by_date,
                "byModel": by_model,
                "byModelDaily": by_model_daily,
                "topModels": top_models,
                "byKey": by_key,
                "byKeyDaily": by_key_daily,
                "topKeyNames": top_key_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_billing_usage_analytics_response_200_by_date_item import (
            GetBillingUsageAnalyticsResponse200ByDateItem,
        )
        from ..models.get_billing_usage_analytics_response_200_by_key_daily_item import (
            GetBillingUsageAnalyticsResponse200ByKeyDailyItem,
        )
        from ..models.get_billing_usage_analytics_response_200_by_key_item import (
            GetBillingUsageAnalyticsResponse200ByKeyItem,
        )
        from ..models.get_billing_usage_analytics_response_200_by_model_daily_item import (
            GetBillingUsageAnalyticsResponse200ByModelDailyItem,
        )
        from ..models.get_billing_usage_analytics_response_200_by_model_item import (
            GetBillingUsageAnalyticsResponse200ByModelItem,
        )

        d = dict(src_dict)
        lookback = d.pop("lookback")

        by_date = []
        _by_date = d.pop("byDate")
        for by_date_item_data in _by_date:
            by_date_item = GetBillingUsageAnalyticsResponse200ByDateItem.from_dict(
                by_date_item_data
            )

            by_date.append(by_date_item)

        by_model = []
        _by_model = d.pop("byModel")
        for by_model_item_data in _by_model:
            by_model_item = GetBillingUsageAnalyticsResponse200ByModelItem.from_dict(
                by_model_item_data
            )

            by_model.append(by_model_item)

        by_model_daily = []
        _by_model_daily = d.pop("byModelDaily")
        for by_model_daily_item_data in _by_model_daily:
            by_model_daily_item = (
                GetBillingUsageAnalyticsResponse200ByModelDailyItem.from_dict(
                    by_model_daily_item_data
                )
            )

            by_model_daily.append(by_model_daily_item)

        top_models = cast(list[str], d.pop("topModels"))

        by_key = []
        _by_key = d.pop("byKey")
        for by_key_item_data in _by_key:
            by_key_item = GetBillingUsageAnalyticsResponse200ByKeyItem.from_dict(
                by_key_item_data
            )

            by_key.append(by_key_item)

        by_key_daily = []
        _by_key_daily = d.pop("byKeyDaily")
        for by_key_daily_item_data in _by_key_daily:
            by_key_daily_item = (
                GetBillingUsageAnalyticsResponse200ByKeyDailyItem.from_dict(
                    by_key_daily_item_data
                )
            )

            by_key_daily.append(by_key_daily_item)

        top_key_names = cast(list[str], d.pop("topKeyNames"))

        get_billing_usage_analytics_response_200 = cls(
            lookback=lookback,
            by_date=by_date,
            by_model=by_model,
            by_model_daily=by_model_daily,
            top_models=top_models,
            by_key=by_key,
            by_key_daily=by_key_daily,
            top_key_names=top_key_names,
        )

        return get_billing_usage_analytics_response_200
