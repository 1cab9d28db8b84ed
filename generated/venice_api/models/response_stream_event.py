from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_stream_event_item import ResponseStreamEventItem
    from ..models.response_stream_event_part import ResponseStreamEventPart
    from ..models.responses_api_response import ResponsesAPIResponse


T = TypeVar("T", bound="ResponseStreamEvent")


@_attrs_define
class ResponseStreamEvent:
    """One server-sent event of a streamed response (`stream: true` on POST /responses); `type` says which fields are
    present.

        Attributes:
            type_ (str): e.g. response.created, response.output_text.delta, response.completed, error
            sequence_number (int | Unset):
            response (ResponsesAPIResponse | Unset): Response from the Responses API endpoint.
            output_index (int | Unset):
            content_index (int | Unset):
            item_id (str | Unset):
            item (ResponseStreamEventItem | Unset):
            part (ResponseStreamEventPart | Unset):
            delta (str | Unset): The text added (on *.delta events).
            text (str | Unset): The full text (on *.done events).
            code (None | str | Unset):
            message (str | Unset): The error message (on error events).
    """

    type_: str
    sequence_number: int | Unset = UNSET
    response: ResponsesAPIResponse | Unset = UNSET
    output_index: int | Unset = UNSET
    content_index: int | Unset = UNSET
    item_id: str | Unset = UNSET
    item: ResponseStreamEventItem | Unset = UNSET
    part: ResponseStreamEventPart | Unset = UNSET
    delta: str | Unset = UNSET
    text: str | Unset = UNSET
    code: None | str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        output_index = self.output_index

        content_index = self.content_index

        item_id = self.item_id

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        part: dict[str, Any] | Unset = UNSET
        if not isinstance(self.part, Unset):
            part = self.part.to_dict()

        delta = self.delta

        text = self.text

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if response is not UNSET:
            field_dict["response"] = response
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item is not UNSET:
            field_dict["item"] = item
        if part is not UNSET:
            field_dict["part"] = part
        if delta is not UNSET:
            field_dict["delta"] = delta
        if text is not UNSET:
            field_dict["text"] = text
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.response_stream_event_item import ResponseStreamEventItem
        from ..models.response_stream_event_part import ResponseStreamEventPart
        from ..models.responses_api_response import ResponsesAPIResponse

        d = dict(src_dict)
        type_ = d.pop("type")

        sequence_number = d.pop("sequence_number", UNSET)

        _response = d.pop("response", UNSET)
        response: ResponsesAPIResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ResponsesAPIResponse.from_dict(_response)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        item_id = d.pop("item_id", UNSET)

        _item = d.pop("item", UNSET)
        item: ResponseStreamEventItem | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = ResponseStreamEventItem.from_dict(_item)

        _part = d.pop("part", UNSET)
        part: ResponseStreamEventPart | Unset
        if isinstance(_part, Unset):
            part = UNSET
        else:
            part = ResponseStreamEventPart.from_dict(_part)

        delta = d.pop("delta", UNSET)

        text = d.pop("text", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        message = d.pop("message", UNSET)

        response_stream_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            response=response,
            output_index=output_index,
            content_index=content_index,
            item_id=item_id,
            item=item,
            part=part,
            delta=delta,
            text=text,
            code=code,
            message=message,
        )

        response_stream_event.additional_properties = d
        return response_stream_event

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
