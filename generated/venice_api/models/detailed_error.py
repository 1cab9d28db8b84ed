from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detailed_error_details import DetailedErrorDetails


T = TypeVar("T", bound="DetailedError")


@_attrs_define
class DetailedError:
    """
    Attributes:
        error (str): A description of the error
        details (DetailedErrorDetails | Unset): Details about the incorrect input Example: {'_errors': [], 'field':
            {'_errors': ['Field is required']}}.
    """

    error: str
    details: DetailedErrorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.detailed_error_details import DetailedErrorDetails

        d = dict(src_dict)
        error = d.pop("error")

        _details = d.pop("details", UNSET)
        details: DetailedErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = DetailedErrorDetails.from_dict(_details)

        detailed_error = cls(
            error=error,
            details=details,
        )

        detailed_error.additional_properties = d
        return detailed_error

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
