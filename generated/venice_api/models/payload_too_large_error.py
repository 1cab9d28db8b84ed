from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payload_too_large_error_code import (
    PayloadTooLargeErrorCode,
    check_payload_too_large_error_code,
)

T = TypeVar("T", bound="PayloadTooLargeError")


@_attrs_define
class PayloadTooLargeError:
    """
    Attributes:
        code (PayloadTooLargeErrorCode): Machine-readable error code. Example: PAYLOAD_TOO_LARGE.
        error (str): A description of the error Example: File exceeds the maximum allowed size of 25 MB..
    """

    code: PayloadTooLargeErrorCode
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = check_payload_too_large_error_code(d.pop("code"))

        error = d.pop("error")

        payload_too_large_error = cls(
            code=code,
            error=error,
        )

        payload_too_large_error.additional_properties = d
        return payload_too_large_error

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
