from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetX402TransactionsResponse200DataPagination")


@_attrs_define
class GetX402TransactionsResponse200DataPagination:
    """
    Attributes:
        limit (float): Maximum number of transactions returned. Example: 50.
        offset (float): Number of transactions skipped. Example: 0.
        has_more (bool): Whether more results are available after this page. Example: False.
    """

    limit: float
    offset: float
    has_more: bool

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        has_more = self.has_more

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limit": limit,
                "offset": offset,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        has_more = d.pop("hasMore")

        get_x402_transactions_response_200_data_pagination = cls(
            limit=limit,
            offset=offset,
            has_more=has_more,
        )

        return get_x402_transactions_response_200_data_pagination
