from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.billing_usage_history_response_data_item_currency import (
    BillingUsageHistoryResponseDataItemCurrency,
    check_billing_usage_history_response_data_item_currency,
)

if TYPE_CHECKING:
    from ..models.billing_usage_history_response_data_item_inference_details_type_0 import (
        BillingUsageHistoryResponseDataItemInferenceDetailsType0,
    )


T = TypeVar("T", bound="BillingUsageHistoryResponseDataItem")


@_attrs_define
class BillingUsageHistoryResponseDataItem:
    """
    Attributes:
        amount (float): The total amount charged for the billing usage entry
        currency (BillingUsageHistoryResponseDataItemCurrency): The currency charged for the billing usage entry
            Example: USD.
        inference_details (BillingUsageHistoryResponseDataItemInferenceDetailsType0 | None): Details about the related
            inference request, if applicable
        notes (str): Notes about the billing usage entry
        price_per_unit_usd (float): The price per unit in USD
        sku (str): The product associated with the billing usage entry
        timestamp (datetime.datetime): The timestamp the billing usage entry was created (ISO 8601) Example:
            2026-06-15T19:05:10.504Z.
        units (float): The number of units consumed
    """

    amount: float
    currency: BillingUsageHistoryResponseDataItemCurrency
    inference_details: BillingUsageHistoryResponseDataItemInferenceDetailsType0 | None
    notes: str
    price_per_unit_usd: float
    sku: str
    timestamp: datetime.datetime
    units: float

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_usage_history_response_data_item_inference_details_type_0 import (
            BillingUsageHistoryResponseDataItemInferenceDetailsType0,
        )

        amount = self.amount

        currency: str = self.currency

        inference_details: dict[str, Any] | None
        if isinstance(
            self.inference_details,
            BillingUsageHistoryResponseDataItemInferenceDetailsType0,
        ):
            inference_details = self.inference_details.to_dict()
        else:
            inference_details = self.inference_details

        notes = self.notes

        price_per_unit_usd = self.price_per_unit_usd

        sku = self.sku

        timestamp = self.timestamp.isoformat()

        units = self.units

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "inferenceDetails": inference_details,
                "notes": notes,
                "pricePerUnitUsd": price_per_unit_usd,
                "sku": sku,
                "timestamp": timestamp,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_usage_history_response_data_item_inference_details_type_0 import (
            BillingUsageHistoryResponseDataItemInferenceDetailsType0,
        )

        d = dict(src_dict)
        amount = d.pop("amount")

        currency = check_billing_usage_history_response_data_item_currency(
            d.pop("currency")
        )

        def _parse_inference_details(
            data: object,
        ) -> BillingUsageHistoryResponseDataItemInferenceDetailsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inference_details_type_0 = (
                    BillingUsageHistoryResponseDataItemInferenceDetailsType0.from_dict(
                        data
                    )
                )

                return inference_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BillingUsageHistoryResponseDataItemInferenceDetailsType0 | None, data
            )

        inference_details = _parse_inference_details(d.pop("inferenceDetails"))

        notes = d.pop("notes")

        price_per_unit_usd = d.pop("pricePerUnitUsd")

        sku = d.pop("sku")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        units = d.pop("units")

        billing_usage_history_response_data_item = cls(
            amount=amount,
            currency=currency,
            inference_details=inference_details,
            notes=notes,
            price_per_unit_usd=price_per_unit_usd,
            sku=sku,
            timestamp=timestamp,
            units=units,
        )

        return billing_usage_history_response_data_item
