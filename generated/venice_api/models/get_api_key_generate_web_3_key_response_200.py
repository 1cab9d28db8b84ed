from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_api_key_generate_web_3_key_response_200_data import (
        GetApiKeyGenerateWeb3KeyResponse200Data,
    )


T = TypeVar("T", bound="GetApiKeyGenerateWeb3KeyResponse200")


@_attrs_define
class GetApiKeyGenerateWeb3KeyResponse200:
    """
    Attributes:
        data (GetApiKeyGenerateWeb3KeyResponse200Data):
        success (bool):
    """

    data: GetApiKeyGenerateWeb3KeyResponse200Data
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_api_key_generate_web_3_key_response_200_data import (
            GetApiKeyGenerateWeb3KeyResponse200Data,
        )

        d = dict(src_dict)
        data = GetApiKeyGenerateWeb3KeyResponse200Data.from_dict(d.pop("data"))

        success = d.pop("success")

        get_api_key_generate_web_3_key_response_200 = cls(
            data=data,
            success=success,
        )

        get_api_key_generate_web_3_key_response_200.additional_properties = d
        return get_api_key_generate_web_3_key_response_200

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
