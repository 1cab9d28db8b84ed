from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_models_response_200_object import (
    ListModelsResponse200Object,
    check_list_models_response_200_object,
)
from ..models.list_models_response_200_type_type_0 import (
    ListModelsResponse200TypeType0,
    check_list_models_response_200_type_type_0,
)
from ..models.list_models_response_200_type_type_1 import (
    ListModelsResponse200TypeType1,
    check_list_models_response_200_type_type_1,
)

if TYPE_CHECKING:
    from ..models.model_response import ModelResponse


T = TypeVar("T", bound="ListModelsResponse200")


@_attrs_define
class ListModelsResponse200:
    """
    Attributes:
        data (list[ModelResponse]): List of available models
        object_ (ListModelsResponse200Object):
        type_ (ListModelsResponse200TypeType0 | ListModelsResponse200TypeType1): Type of models returned. Example: text.
    """

    data: list[ModelResponse]
    object_: ListModelsResponse200Object
    type_: ListModelsResponse200TypeType0 | ListModelsResponse200TypeType1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.model_response import ModelResponse

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ModelResponse.from_dict(data_item_data)

            data.append(data_item)

        object_ = check_list_models_response_200_object(d.pop("object"))

        def _parse_type_(
            data: object,
        ) -> ListModelsResponse200TypeType0 | ListModelsResponse200TypeType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_list_models_response_200_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            type_type_1 = check_list_models_response_200_type_type_1(data)

            return type_type_1

        type_ = _parse_type_(d.pop("type"))

        list_models_response_200 = cls(
            data=data,
            object_=object_,
            type_=type_,
        )

        list_models_response_200.additional_properties = d
        return list_models_response_200

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
