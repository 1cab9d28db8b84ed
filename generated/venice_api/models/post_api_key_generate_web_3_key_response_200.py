from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.post_api_key_generate_web_3_key_response_200_data import (
        PostApiKeyGenerateWeb3KeyResponse200Data,
    )


T = TypeVar("T", bound="PostApiKeyGenerateWeb3KeyResponse200")


@_attrs_define
class PostApiKeyGenerateWeb3KeyResponse200:
    """
    Attributes:
        data (PostApiKeyGenerateWeb3KeyResponse200Data):
        success (bool):
    """

    data: PostApiKeyGenerateWeb3KeyResponse200Data
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
        from ..models.post_api_key_generate_web_3_key_response_200_data import (
            PostApiKeyGenerateWeb3KeyResponse200Data,
        )

        d = dict(src_dict)
        data = PostApiKeyGenerateWeb3KeyResponse200Data.from_dict(d.pop("data"))

        success = d.pop("success")

        post_api_key_generate_web_3_key_response_200 = cls(
            data=data,
            success=success,
        )

        return post_api_key_generate_web_3_key_response_200
