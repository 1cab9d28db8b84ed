from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.get_api_key_by_id_response_200_data import (
        GetApiKeyByIdResponse200Data,
    )


T = TypeVar("T", bound="GetApiKeyByIdResponse200")


@_attrs_define
class GetApiKeyByIdResponse200:
    """
    Example:
        {'data': {'apiKeyType': 'ADMIN', 'consumptionLimits': {'usd': 50, 'diem': 10}, 'limitPeriod': 'MONTH',
            'modelPrivacy': 'ALL', 'createdAt': '2023-10-01T12:00:00Z', 'description': 'Example API Key', 'expiresAt':
            '2023-10-01T12:00:00Z', 'id': 'e28e82dc-9df2-4b47-b726-d0a222ef2ab5', 'last6Chars': '2V2jNW', 'lastUsedAt':
            '2023-10-01T12:00:00Z', 'usage': {'trailingSevenDays': {'usd': '10.2424', 'vcu': '42.2315', 'diem': '4.2231'}}}}

    Attributes:
        data (GetApiKeyByIdResponse200Data): API key details
    """

    data: GetApiKeyByIdResponse200Data

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_api_key_by_id_response_200_data import (
            GetApiKeyByIdResponse200Data,
        )

        d = dict(src_dict)
        data = GetApiKeyByIdResponse200Data.from_dict(d.pop("data"))

        get_api_key_by_id_response_200 = cls(
            data=data,
        )

        return get_api_key_by_id_response_200
