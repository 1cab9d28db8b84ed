from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.get_billing_balance_response_200_consumption_currency_type_1 import (
    GetBillingBalanceResponse200ConsumptionCurrencyType1,
    check_get_billing_balance_response_200_consumption_currency_type_1,
)
from ..models.get_billing_balance_response_200_consumption_currency_type_2_type_1 import (
    GetBillingBalanceResponse200ConsumptionCurrencyType2Type1,
    check_get_billing_balance_response_200_consumption_currency_type_2_type_1,
)
from ..models.get_billing_balance_response_200_consumption_currency_type_3_type_1 import (
    GetBillingBalanceResponse200ConsumptionCurrencyType3Type1,
    check_get_billing_balance_response_200_consumption_currency_type_3_type_1,
)

if TYPE_CHECKING:
    from ..models.get_billing_balance_response_200_balances import (
        GetBillingBalanceResponse200Balances,
    )


T = TypeVar("T", bound="GetBillingBalanceResponse200")


@_attrs_define
class GetBillingBalanceResponse200:
    """Current balance information for the authenticated user

    Example:
        {'canConsume': True, 'consumptionCurrency': 'DIEM', 'balances': {'diem': 90.5, 'usd': 25},
            'diemEpochAllocation': 100}

    Attributes:
        can_consume (bool): Whether the user has sufficient balance to make API requests Example: True.
        consumption_currency (GetBillingBalanceResponse200ConsumptionCurrencyType1 |
            GetBillingBalanceResponse200ConsumptionCurrencyType2Type1 |
            GetBillingBalanceResponse200ConsumptionCurrencyType3Type1 | None): The currency that will be used for
            consumption (DIEM or USD) Example: DIEM.
        balances (GetBillingBalanceResponse200Balances):
        diem_epoch_allocation (float): Total DIEM allocation for the current epoch (from staking). Use with
            balances.diem to calculate usage percentage. Example: 100.
    """

    can_consume: bool
    consumption_currency: (
        GetBillingBalanceResponse200ConsumptionCurrencyType1
        | GetBillingBalanceResponse200ConsumptionCurrencyType2Type1
        | GetBillingBalanceResponse200ConsumptionCurrencyType3Type1
        | None
    )
    balances: GetBillingBalanceResponse200Balances
    diem_epoch_allocation: float

    def to_dict(self) -> dict[str, Any]:
        can_consume = self.can_consume

        consumption_currency: None | str
        if (
            isinstance(self.consumption_currency, str)
            or isinstance(self.consumption_currency, str)
            or isinstance(self.consumption_currency, str)
        ):
            consumption_currency = self.consumption_currency
        else:
            consumption_currency = self.consumption_currency

        balances = self.balances.to_dict()

        diem_epoch_allocation = self.diem_epoch_allocation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "canConsume": can_consume,
                "consumptionCurrency": consumption_currency,
                "balances": balances,
                "diemEpochAllocation": diem_epoch_allocation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_billing_balance_response_200_balances import (
            GetBillingBalanceResponse200Balances,
        )

        d = dict(src_dict)
        can_consume = d.pop("canConsume")

        def _parse_consumption_currency(
            data: object,
        ) -> (
            GetBillingBalanceResponse200ConsumptionCurrencyType1
            | GetBillingBalanceResponse200ConsumptionCurrencyType2Type1
            | GetBillingBalanceResponse200ConsumptionCurrencyType3Type1
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consumption_currency_type_1 = (
                    check_get_billing_balance_response_200_consumption_currency_type_1(
                        data
                    )
                )

                return consumption_currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consumption_currency_type_2_type_1 = check_get_billing_balance_response_200_consumption_currency_type_2_type_1(
                    data
                )

                return consumption_currency_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consumption_currency_type_3_type_1 = check_get_billing_balance_response_200_consumption_currency_type_3_type_1(
                    data
                )

                return consumption_currency_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetBillingBalanceResponse200ConsumptionCurrencyType1
                | GetBillingBalanceResponse200ConsumptionCurrencyType2Type1
                | GetBillingBalanceResponse200ConsumptionCurrencyType3Type1
                | None,
                data,
            )

        consumption_currency = _parse_consumption_currency(d.pop("consumptionCurrency"))

        balances = GetBillingBalanceResponse200Balances.from_dict(d.pop("balances"))

        diem_epoch_allocation = d.pop("diemEpochAllocation")

        get_billing_balance_response_200 = cls(
            can_consume=can_consume,
            consumption_currency=consumption_currency,
            balances=balances,
            diem_epoch_allocation=diem_epoch_allocation,
        )

        return get_billing_balance_response_200
