from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.get_x402_transactions_response_200_data_pagination import (
        GetX402TransactionsResponse200DataPagination,
    )
    from ..models.get_x402_transactions_response_200_data_transactions_item import (
        GetX402TransactionsResponse200DataTransactionsItem,
    )


T = TypeVar("T", bound="GetX402TransactionsResponse200Data")


@_attrs_define
class GetX402TransactionsResponse200Data:
    """
    Attributes:
        wallet_address (str): Normalized wallet address. Example: 0xyour_wallet_address.
        current_balance (float): Current wallet balance in USD. Example: 12.35.
        transactions (list[GetX402TransactionsResponse200DataTransactionsItem]):
        pagination (GetX402TransactionsResponse200DataPagination):
    """

    wallet_address: str
    current_balance: float
    transactions: list[GetX402TransactionsResponse200DataTransactionsItem]
    pagination: GetX402TransactionsResponse200DataPagination

    def to_dict(self) -> dict[str, Any]:
        wallet_address = self.wallet_address

        current_balance = self.current_balance

        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "walletAddress": wallet_address,
                "currentBalance": current_balance,
                "transactions": transactions,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_x402_transactions_response_200_data_pagination import (
            GetX402TransactionsResponse200DataPagination,
        )
        from ..models.get_x402_transactions_response_200_data_transactions_item import (
            GetX402TransactionsResponse200DataTransactionsItem,
        )

        d = dict(src_dict)
        wallet_address = d.pop("walletAddress")

        current_balance = d.pop("currentBalance")

        transactions = []
        _transactions = d.pop("transactions")
        for transactions_item_data in _transactions:
            transactions_item = (
                GetX402TransactionsResponse200DataTransactionsItem.from_dict(
                    transactions_item_data
                )
            )

            transactions.append(transactions_item)

        pagination = GetX402TransactionsResponse200DataPagination.from_dict(
            d.pop("pagination")
        )

        get_x402_transactions_response_200_data = cls(
            wallet_address=wallet_address,
            current_balance=current_balance,
            transactions=transactions,
            pagination=pagination,
        )

        return get_x402_transactions_response_200_data
