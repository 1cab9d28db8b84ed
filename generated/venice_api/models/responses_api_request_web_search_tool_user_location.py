from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_web_search_tool_user_location_type import (
    ResponsesAPIRequestWebSearchToolUserLocationType,
    check_responses_api_request_web_search_tool_user_location_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesAPIRequestWebSearchToolUserLocation")


@_attrs_define
class ResponsesAPIRequestWebSearchToolUserLocation:
    """
    Attributes:
        type_ (ResponsesAPIRequestWebSearchToolUserLocationType | Unset):
        city (str | Unset):
        region (str | Unset):
        country (str | Unset):
        timezone (str | Unset):
    """

    type_: ResponsesAPIRequestWebSearchToolUserLocationType | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    country: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        city = self.city

        region = self.region

        country = self.country

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResponsesAPIRequestWebSearchToolUserLocationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_responses_api_request_web_search_tool_user_location_type(
                _type_
            )

        city = d.pop("city", UNSET)

        region = d.pop("region", UNSET)

        country = d.pop("country", UNSET)

        timezone = d.pop("timezone", UNSET)

        responses_api_request_web_search_tool_user_location = cls(
            type_=type_,
            city=city,
            region=region,
            country=country,
            timezone=timezone,
        )

        responses_api_request_web_search_tool_user_location.additional_properties = d
        return responses_api_request_web_search_tool_user_location

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
