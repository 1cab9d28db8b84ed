from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.update_api_key_response_200_data import UpdateApiKeyResponse200Data


T = TypeVar("T", bound="UpdateApiKeyResponse200")


@_attrs_define
class UpdateApiKeyResponse200:
    """
    Attributes:
        data (UpdateApiKeyResponse200Data):
        success (bool):
    """

    data: UpdateApiKeyResponse200Data
    success: bool

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_api_key_response_200_data import (
            UpdateApiKeyResponse200Data,
        )

        d = dict(src_dict)
        data = UpdateApiKeyResponse200Data.from_dict(d.pop("data"))

        success = d.pop("success")

        update_api_key_response_200 = cls(
            data=data,
            success=success,
        )

        return update_api_key_response_200
