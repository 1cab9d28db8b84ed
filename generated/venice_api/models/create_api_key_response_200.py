from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_api_key_response_200_data import CreateApiKeyResponse200Data


T = TypeVar("T", bound="CreateApiKeyResponse200")


@_attrs_define
class CreateApiKeyResponse200:
    """
    Attributes:
        data (CreateApiKeyResponse200Data):
        success (bool):
    """

    data: CreateApiKeyResponse200Data
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
        from ..models.create_api_key_response_200_data import (
            CreateApiKeyResponse200Data,
        )

        d = dict(src_dict)
        data = CreateApiKeyResponse200Data.from_dict(d.pop("data"))

        success = d.pop("success")

        create_api_key_response_200 = cls(
            data=data,
            success=success,
        )

        return create_api_key_response_200
