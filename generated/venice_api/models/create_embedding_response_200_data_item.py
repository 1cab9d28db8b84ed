from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embedding_response_200_data_item_object import (
    CreateEmbeddingResponse200DataItemObject,
    check_create_embedding_response_200_data_item_object,
)

T = TypeVar("T", bound="CreateEmbeddingResponse200DataItem")


@_attrs_define
class CreateEmbeddingResponse200DataItem:
    """
    Attributes:
        embedding (list[float]): The embedding vector
        index (int): The index of this embedding in the list
        object_ (CreateEmbeddingResponse200DataItemObject): The object type, which is always "embedding"
    """

    embedding: list[float]
    index: int
    object_: CreateEmbeddingResponse200DataItemObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding = self.embedding

        index = self.index

        object_: str = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
                "index": index,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        embedding = cast(list[float], d.pop("embedding"))

        index = d.pop("index")

        object_ = check_create_embedding_response_200_data_item_object(d.pop("object"))

        create_embedding_response_200_data_item = cls(
            embedding=embedding,
            index=index,
            object_=object_,
        )

        create_embedding_response_200_data_item.additional_properties = d
        return create_embedding_response_200_data_item

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
