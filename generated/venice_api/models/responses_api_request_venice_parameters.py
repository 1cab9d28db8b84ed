from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_venice_parameters_enable_web_search import (
    ResponsesAPIRequestVeniceParametersEnableWebSearch,
    check_responses_api_request_venice_parameters_enable_web_search,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesAPIRequestVeniceParameters")


@_attrs_define
class ResponsesAPIRequestVeniceParameters:
    """
    Attributes:
        character_slug (str | Unset): The character slug of a public Venice character.
        enable_e2ee (bool | Unset): Enable end-to-end encryption for E2EE-capable models. When true (default), E2EE is
            used if headers are present. When false, TEE-only mode is used.
        enable_web_search (ResponsesAPIRequestVeniceParametersEnableWebSearch | Unset): Enable web search for this
            request.
        enable_web_scraping (bool | Unset): Enable Venice web scraping of URLs in the latest user message.
        enable_web_citations (bool | Unset): Request that the LLM cite its sources.
        include_venice_system_prompt (bool | Unset): Whether to include the Venice supplied system prompts.
        include_search_results_in_stream (bool | Unset): Include search results in the stream as the first emitted
            chunk.
    """

    character_slug: str | Unset = UNSET
    enable_e2ee: bool | Unset = UNSET
    enable_web_search: ResponsesAPIRequestVeniceParametersEnableWebSearch | Unset = (
        UNSET
    )
    enable_web_scraping: bool | Unset = UNSET
    enable_web_citations: bool | Unset = UNSET
    include_venice_system_prompt: bool | Unset = UNSET
    include_search_results_in_stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        character_slug = self.character_slug

        enable_e2ee = self.enable_e2ee

        enable_web_search: str | Unset = UNSET
        if not isinstance(self.enable_web_search, Unset):
            enable_web_search = self.enable_web_search

        enable_web_scraping = self.enable_web_scraping

        enable_web_citations = self.enable_web_citations

        include_venice_system_prompt = self.include_venice_system_prompt

        include_search_results_in_stream = self.include_search_results_in_stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if character_slug is not UNSET:
            field_dict["character_slug"] = character_slug
        if enable_e2ee is not UNSET:
            field_dict["enable_e2ee"] = enable_e2ee
        if enable_web_search is not UNSET:
            field_dict["enable_web_search"] = enable_web_search
        if enable_web_scraping is not UNSET:
            field_dict["enable_web_scraping"] = enable_web_scraping
        if enable_web_citations is not UNSET:
            field_dict["enable_web_citations"] = enable_web_citations
        if include_venice_system_prompt is not UNSET:
            field_dict["include_venice_system_prompt"] = include_venice_system_prompt
        if include_search_results_in_stream is not UNSET:
            field_dict["include_search_results_in_stream"] = (
                include_search_results_in_stream
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        character_slug = d.pop("character_slug", UNSET)

        enable_e2ee = d.pop("enable_e2ee", UNSET)

        _enable_web_search = d.pop("enable_web_search", UNSET)
        enable_web_search: ResponsesAPIRequestVeniceParametersEnableWebSearch | Unset
        if isinstance(_enable_web_search, Unset):
            enable_web_search = UNSET
        else:
            enable_web_search = (
                check_responses_api_request_venice_parameters_enable_web_search(
                    _enable_web_search
                )
            )

        enable_web_scraping = d.pop("enable_web_scraping", UNSET)

        enable_web_citations = d.pop("enable_web_citations", UNSET)

        include_venice_system_prompt = d.pop("include_venice_system_prompt", UNSET)

        include_search_results_in_stream = d.pop(
            "include_search_results_in_stream", UNSET
        )

        responses_api_request_venice_parameters = cls(
            character_slug=character_slug,
            enable_e2ee=enable_e2ee,
            enable_web_search=enable_web_search,
            enable_web_scraping=enable_web_scraping,
            enable_web_citations=enable_web_citations,
            include_venice_system_prompt=include_venice_system_prompt,
            include_search_results_in_stream=include_search_results_in_stream,
        )

        responses_api_request_venice_parameters.additional_properties = d
        return responses_api_request_venice_parameters

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
