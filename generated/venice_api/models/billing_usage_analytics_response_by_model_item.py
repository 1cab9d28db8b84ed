from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_usage_analytics_response_by_model_item_breakdown_item import (
        BillingUsageAnalyticsResponseByModelItemBreakdownItem,
    )


T = TypeVar("T", bound="BillingUsageAnalyticsResponseByModelItem")


@_attrs_define
class BillingUsageAnalyticsResponseByModelItem:
    """
    Attributes:
        model_name (str): Display name of the model Example: GLM 5.1.
        unit_type (str): Type of units (tokens, images, chars, minutes, seconds) Example: tokens.
        model_type (None | str): Type of model (LLM, IMAGE, TTS, ASR, VIDEO) Example: LLM.
        total_usd (float): Total USD usage for this model
        total_diem (float): Total DIEM usage for this model
        total_units (float): Total units consumed for this model
        breakdown (list[BillingUsageAnalyticsResponseByModelItemBreakdownItem] | Unset): Breakdown by token type (only
            present if multiple types)
    """

    model_name: str
    unit_type: str
    model_type: None | str
    total_usd: float
    total_diem: float
    total_units: float
    breakdown: list[BillingUsageAnalyticsResponseByModelItemBreakdownItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        unit_type = self.unit_type

        model_type: None | str
        model_type = self.model_type

        total_usd = self.total_usd

        total_diem = self.total_diem

        total_units = self.total_units

        breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breakdown, Unset):
            breakdown = []
            for breakdown_item_data in self.breakdown:
                breakdown_item = breakdown_item_data.to_dict()
                breakdown.append(breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelName": model_name,
                "unitType": unit_type,
                "modelType": model_type,
                "totalUsd": total_usd,
                "totalDiem": total_diem,
                "totalUnits": total_units,
            }
        )
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_usage_analytics_response_by_model_item_breakdown_item import (
            BillingUsageAnalyticsResponseByModelItemBreakdownItem,
        )

        d = dict(src_dict)
        model_name = d.pop("modelName")

        unit_type = d.pop("unitType")

        def _parse_model_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model_type = _parse_model_type(d.pop("modelType"))

        total_usd = d.pop("totalUsd")

        total_diem = d.pop("totalDiem")

        total_units = d.pop("totalUnits")

        _breakdown = d.pop("breakdown", UNSET)
        breakdown: (
            list[BillingUsageAnalyticsResponseByModelItemBreakdownItem] | Unset
        ) = UNSET
        if _breakdown is not UNSET:
            breakdown = []
            for breakdown_item_data in _breakdown:
                breakdown_item = (
                    BillingUsageAnalyticsResponseByModelItemBreakdownItem.from_dict(
                        breakdown_item_data
                    )
                )

                breakdown.append(breakdown_item)

        billing_usage_analytics_response_by_model_item = cls(
            model_name=model_name,
            unit_type=unit_type,
            model_type=model_type,
            total_usd=total_usd,
            total_diem=total_diem,
            total_units=total_units,
            breakdown=breakdown,
        )

        billing_usage_analytics_response_by_model_item.additional_properties = d
        return billing_usage_analytics_response_by_model_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
