from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_model_compatibility_mapping_response_200_object import (
    ListModelCompatibilityMappingResponse200Object,
    check_list_model_compatibility_mapping_response_200_object,
)
from ..models.list_model_compatibility_mapping_response_200_type_type_0 import (
    ListModelCompatibilityMappingResponse200TypeType0,
    check_list_model_compatibility_mapping_response_200_type_type_0,
)
from ..models.list_model_compatibility_mapping_response_200_type_type_1 import (
    ListModelCompatibilityMappingResponse200TypeType1,
    check_list_model_compatibility_mapping_response_200_type_type_1,
)

if TYPE_CHECKING:
    from ..models.model_compatibility_schema import ModelCompatibilitySchema


T = TypeVar("T", bound="ListModelCompatibilityMappingResponse200")


@_attrs_define
class ListModelCompatibilityMappingResponse200:
    """
    Attributes:
        data (ModelCompatibilitySchema): List of available models Example: {'gpt-4o': 'zai-org-glm-5-1'}.
        object_ (ListModelCompatibilityMappingResponse200Object):
        type_ (ListModelCompatibilityMappingResponse200TypeType0 | ListModelCompatibilityMappingResponse200TypeType1):
            Type of models returned. Example: text.
    """

    data: ModelCompatibilitySchema
    object_: ListModelCompatibilityMappingResponse200Object
    type_: (
        ListModelCompatibilityMappingResponse200TypeType0
        | ListModelCompatibilityMappingResponse200TypeType1
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        object_: str = self.object_

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "object": object_,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_compatibility_schema import ModelCompatibilitySchema

        d = dict(src_dict)
        data = ModelCompatibilitySchema.from_dict(d.pop("data"))

        object_ = check_list_model_compatibility_mapping_response_200_object(
            d.pop("object")
        )

        def _parse_type_(
            data: object,
        ) -> (
            ListModelCompatibilityMappingResponse200TypeType0
            | ListModelCompatibilityMappingResponse200TypeType1
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = (
                    check_list_model_compatibility_mapping_response_200_type_type_0(
                        data
                    )
                )

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            type_type_1 = (
                check_list_model_compatibility_mapping_response_200_type_type_1(data)
            )

            return type_type_1

        type_ = _parse_type_(d.pop("type"))

        list_model_compatibility_mapping_response_200 = cls(
            data=data,
            object_=object_,
            type_=type_,
        )

        list_model_compatibility_mapping_response_200.additional_properties = d
        return list_model_compatibility_mapping_response_200

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
