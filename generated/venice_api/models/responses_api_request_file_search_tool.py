from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_file_search_tool_type import (
    ResponsesAPIRequestFileSearchToolType,
    check_responses_api_request_file_search_tool_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_api_request_file_search_tool_ranking_options import (
        ResponsesAPIRequestFileSearchToolRankingOptions,
    )


T = TypeVar("T", bound="ResponsesAPIRequestFileSearchTool")


@_attrs_define
class ResponsesAPIRequestFileSearchTool:
    """
    Attributes:
        type_ (ResponsesAPIRequestFileSearchToolType):
        vector_store_ids (list[str] | Unset):
        max_num_results (int | Unset):
        ranking_options (ResponsesAPIRequestFileSearchToolRankingOptions | Unset):
    """

    type_: ResponsesAPIRequestFileSearchToolType
    vector_store_ids: list[str] | Unset = UNSET
    max_num_results: int | Unset = UNSET
    ranking_options: ResponsesAPIRequestFileSearchToolRankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        vector_store_ids: list[str] | Unset = UNSET
        if not isinstance(self.vector_store_ids, Unset):
            vector_store_ids = self.vector_store_ids

        max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = vector_store_ids
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_request_file_search_tool_ranking_options import (
            ResponsesAPIRequestFileSearchToolRankingOptions,
        )

        d = dict(src_dict)
        type_ = check_responses_api_request_file_search_tool_type(d.pop("type"))

        vector_store_ids = cast(list[str], d.pop("vector_store_ids", UNSET))

        max_num_results = d.pop("max_num_results", UNSET)

        _ranking_options = d.pop("ranking_options", UNSET)
        ranking_options: ResponsesAPIRequestFileSearchToolRankingOptions | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = ResponsesAPIRequestFileSearchToolRankingOptions.from_dict(
                _ranking_options
            )

        responses_api_request_file_search_tool = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )

        responses_api_request_file_search_tool.additional_properties = d
        return responses_api_request_file_search_tool

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
