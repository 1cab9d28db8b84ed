from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateChatCompletionResponse200Cost")


@_attrs_define
class CreateChatCompletionResponse200Cost:
    """The request cost split by billing currency.

    Attributes:
        diem (float): The DIEM-denominated portion of the request cost. Example: 0.
        usd (float): The USD-denominated portion of the request cost. Bundled credits are included as USD-equivalent
            cost. Example: 0.00042.
    """

    diem: float
    usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diem = self.diem

        usd = self.usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diem": diem,
                "usd": usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        diem = d.pop("diem")

        usd = d.pop("usd")

        create_chat_completion_response_200_cost = cls(
            diem=diem,
            usd=usd,
        )

        create_chat_completion_response_200_cost.additional_properties = d
        return create_chat_completion_response_200_cost

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
