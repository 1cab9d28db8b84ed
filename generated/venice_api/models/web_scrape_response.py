from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_scrape_response_format import (
    WebScrapeResponseFormat,
    check_web_scrape_response_format,
)

T = TypeVar("T", bound="WebScrapeResponse")


@_attrs_define
class WebScrapeResponse:
    """
    Attributes:
        url (str): The URL that was scraped Example: https://example.com.
        content (str): The scraped content in markdown format
        format_ (WebScrapeResponseFormat): The format of the scraped content
    """

    url: str
    content: str
    format_: WebScrapeResponseFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        content = self.content

        format_: str = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "content": content,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        content = d.pop("content")

        format_ = check_web_scrape_response_format(d.pop("format"))

        web_scrape_response = cls(
            url=url,
            content=content,
            format_=format_,
        )

        web_scrape_response.additional_properties = d
        return web_scrape_response

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
