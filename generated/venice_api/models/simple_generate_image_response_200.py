from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.simple_generate_image_response_200_data_item_type_0 import (
        SimpleGenerateImageResponse200DataItemType0,
    )
    from ..models.simple_generate_image_response_200_data_item_type_1 import (
        SimpleGenerateImageResponse200DataItemType1,
    )


T = TypeVar("T", bound="SimpleGenerateImageResponse200")


@_attrs_define
class SimpleGenerateImageResponse200:
    """
    Attributes:
        created (int): Unix timestamp for when the request was created Example: 1713833628.
        data (list[SimpleGenerateImageResponse200DataItemType0 | SimpleGenerateImageResponse200DataItemType1]):
    """

    created: int
    data: list[
        SimpleGenerateImageResponse200DataItemType0
        | SimpleGenerateImageResponse200DataItemType1
    ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_generate_image_response_200_data_item_type_0 import (
            SimpleGenerateImageResponse200DataItemType0,
        )

        created = self.created

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, SimpleGenerateImageResponse200DataItemType0):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created": created,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.simple_generate_image_response_200_data_item_type_0 import (
            SimpleGenerateImageResponse200DataItemType0,
        )
        from ..models.simple_generate_image_response_200_data_item_type_1 import (
            SimpleGenerateImageResponse200DataItemType1,
        )

        d = dict(src_dict)
        created = d.pop("created")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                SimpleGenerateImageResponse200DataItemType0
                | SimpleGenerateImageResponse200DataItemType1
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_0 = (
                        SimpleGenerateImageResponse200DataItemType0.from_dict(data)
                    )

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_1 = (
                    SimpleGenerateImageResponse200DataItemType1.from_dict(data)
                )

                return data_item_type_1

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        simple_generate_image_response_200 = cls(
            created=created,
            data=data,
        )

        return simple_generate_image_response_200
