from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_request_search_provider import (
    WebSearchRequestSearchProvider,
    check_web_search_request_search_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchRequest")


@_attrs_define
class WebSearchRequest:
    """
    Attributes:
        query (str): The search query Example: latest news about AI.
        limit (int | Unset): Maximum number of results to return (default: 10, max: 20) Default: 10. Example: 10.
        search_provider (WebSearchRequestSearchProvider | Unset): Search provider to use. "brave" uses Brave Search with
            Zero Data Retention (ZDR) for maximum privacy — search queries are never stored or logged. "google" uses Google
            Search with anonymized queries — searches are proxied through Venice's infrastructure so that your identity is
            not associated with the search request sent to Google. Venice does not store or log search queries. Defaults to
            "brave". Example: brave.
    """

    query: str
    limit: int | Unset = 10
    search_provider: WebSearchRequestSearchProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        limit = self.limit

        search_provider: str | Unset = UNSET
        if not isinstance(self.search_provider, Unset):
            search_provider = self.search_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if search_provider is not UNSET:
            field_dict["search_provider"] = search_provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query = d.pop("query")

        limit = d.pop("limit", UNSET)

        _search_provider = d.pop("search_provider", UNSET)
        search_provider: WebSearchRequestSearchProvider | Unset
        if isinstance(_search_provider, Unset):
            search_provider = UNSET
        else:
            search_provider = check_web_search_request_search_provider(_search_provider)

        web_search_request = cls(
            query=query,
            limit=limit,
            search_provider=search_provider,
        )

        web_search_request.additional_properties = d
        return web_search_request

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
