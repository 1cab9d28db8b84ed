from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetX402TransactionsResponse200DataTransactionsItem")


@_attrs_define
class GetX402TransactionsResponse200DataTransactionsItem:
    """
    Attributes:
        id (str): Ledger entry identifier. Example: ledger_01HZY8M4W4Y6QZ8B6Q4P0V3J2K.
        amount (float): Signed USD amount for the transaction. Example: -0.15.
        balance_after (float): Wallet balance in USD after the transaction was applied. Example: 12.35.
        type_ (str): Transaction type such as TOP_UP, CHARGE, or REFUND. Example: TOP_UP.
        created_at (str): ISO timestamp when the transaction was created. Example: 2026-04-03T12:34:56.000Z.
        request_id (None | str): Associated request identifier when the transaction came from usage.
        model_id (None | str): Associated model identifier when the transaction came from usage.
    """

    id: str
    amount: float
    balance_after: float
    type_: str
    created_at: str
    request_id: None | str
    model_id: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        balance_after = self.balance_after

        type_ = self.type_

        created_at = self.created_at

        request_id: None | str
        request_id = self.request_id

        model_id: None | str
        model_id = self.model_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "balanceAfter": balance_after,
                "type": type_,
                "createdAt": created_at,
                "requestId": request_id,
                "modelId": model_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        balance_after = d.pop("balanceAfter")

        type_ = d.pop("type")

        created_at = d.pop("createdAt")

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("requestId"))

        def _parse_model_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model_id = _parse_model_id(d.pop("modelId"))

        get_x402_transactions_response_200_data_transactions_item = cls(
            id=id,
            amount=amount,
            balance_after=balance_after,
            type_=type_,
            created_at=created_at,
            request_id=request_id,
            model_id=model_id,
        )

        return get_x402_transactions_response_200_data_transactions_item
