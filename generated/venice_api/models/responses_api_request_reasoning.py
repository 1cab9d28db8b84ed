from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_reasoning_status_type_1 import (
    ResponsesAPIRequestReasoningStatusType1,
    check_responses_api_request_reasoning_status_type_1,
)
from ..models.responses_api_request_reasoning_status_type_2_type_1 import (
    ResponsesAPIRequestReasoningStatusType2Type1,
    check_responses_api_request_reasoning_status_type_2_type_1,
)
from ..models.responses_api_request_reasoning_status_type_3_type_1 import (
    ResponsesAPIRequestReasoningStatusType3Type1,
    check_responses_api_request_reasoning_status_type_3_type_1,
)
from ..models.responses_api_request_reasoning_type import (
    ResponsesAPIRequestReasoningType,
    check_responses_api_request_reasoning_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesAPIRequestReasoning")


@_attrs_define
class ResponsesAPIRequestReasoning:
    """
    Attributes:
        type_ (ResponsesAPIRequestReasoningType):
        id (None | str | Unset):
        summary (list[str] | None | Unset):
        content (list[Any] | None | str | Unset):
        encrypted_content (None | str | Unset):
        status (None | ResponsesAPIRequestReasoningStatusType1 | ResponsesAPIRequestReasoningStatusType2Type1 |
            ResponsesAPIRequestReasoningStatusType3Type1 | Unset):
    """

    type_: ResponsesAPIRequestReasoningType
    id: None | str | Unset = UNSET
    summary: list[str] | None | Unset = UNSET
    content: list[Any] | None | str | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: (
        None
        | ResponsesAPIRequestReasoningStatusType1
        | ResponsesAPIRequestReasoningStatusType2Type1
        | ResponsesAPIRequestReasoningStatusType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        summary: list[str] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, list):
            summary = self.summary

        else:
            summary = self.summary

        content: list[Any] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = self.content

        else:
            content = self.content

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif (
            isinstance(self.status, str)
            or isinstance(self.status, str)
            or isinstance(self.status, str)
        ):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_responses_api_request_reasoning_type(d.pop("type"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_summary(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                summary_type_0 = cast(list[str], data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_content(data: object) -> list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = cast(list[Any], data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_encrypted_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encrypted_content = _parse_encrypted_content(d.pop("encrypted_content", UNSET))

        def _parse_status(
            data: object,
        ) -> (
            None
            | ResponsesAPIRequestReasoningStatusType1
            | ResponsesAPIRequestReasoningStatusType2Type1
            | ResponsesAPIRequestReasoningStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_responses_api_request_reasoning_status_type_1(
                    data
                )

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = (
                    check_responses_api_request_reasoning_status_type_2_type_1(data)
                )

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = (
                    check_responses_api_request_reasoning_status_type_3_type_1(data)
                )

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ResponsesAPIRequestReasoningStatusType1
                | ResponsesAPIRequestReasoningStatusType2Type1
                | ResponsesAPIRequestReasoningStatusType3Type1
                | Unset,
                data,
            )

        status = _parse_status(d.pop("status", UNSET))

        responses_api_request_reasoning = cls(
            type_=type_,
            id=id,
            summary=summary,
            content=content,
            encrypted_content=encrypted_content,
            status=status,
        )

        responses_api_request_reasoning.additional_properties = d
        return responses_api_request_reasoning

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
