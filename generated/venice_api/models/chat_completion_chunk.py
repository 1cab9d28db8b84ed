from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_chunk_object import (
    ChatCompletionChunkObject,
    check_chat_completion_chunk_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
    from ..models.chat_completion_chunk_usage import ChatCompletionChunkUsage
    from ..models.chat_completion_chunk_venice_parameters import (
        ChatCompletionChunkVeniceParameters,
    )


T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """One server-sent event of a streamed chat completion (stream: true).

    Attributes:
        id (str):
        object_ (ChatCompletionChunkObject):
        created (int):
        model (str):
        choices (list[ChatCompletionChunkChoice]): Empty on the final usage-only chunk.
        system_fingerprint (None | str | Unset):
        usage (ChatCompletionChunkUsage | None | Unset):
        venice_parameters (ChatCompletionChunkVeniceParameters | Unset): Venice's parameters as applied to the request;
            on the first chunk when web search ran, with `web_search_citations`.
    """

    id: str
    object_: ChatCompletionChunkObject
    created: int
    model: str
    choices: list[ChatCompletionChunkChoice]
    system_fingerprint: None | str | Unset = UNSET
    usage: ChatCompletionChunkUsage | None | Unset = UNSET
    venice_parameters: ChatCompletionChunkVeniceParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_chunk_usage import ChatCompletionChunkUsage

        id = self.id

        object_: str = self.object_

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ChatCompletionChunkUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        venice_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.venice_parameters, Unset):
            venice_parameters = self.venice_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
            field_dict["usage"] = usage
        if venice_parameters is not UNSET:
            field_dict["venice_parameters"] = venice_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
        from ..models.chat_completion_chunk_usage import ChatCompletionChunkUsage
        from ..models.chat_completion_chunk_venice_parameters import (
            ChatCompletionChunkVeniceParameters,
        )

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_chat_completion_chunk_object(d.pop("object"))

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        def _parse_system_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_fingerprint = _parse_system_fingerprint(
            d.pop("system_fingerprint", UNSET)
        )

        def _parse_usage(data: object) -> ChatCompletionChunkUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_1 = ChatCompletionChunkUsage.from_dict(data)

                return usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionChunkUsage | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        _venice_parameters = d.pop("venice_parameters", UNSET)
        venice_parameters: ChatCompletionChunkVeniceParameters | Unset
        if isinstance(_venice_parameters, Unset):
            venice_parameters = UNSET
        else:
            venice_parameters = ChatCompletionChunkVeniceParameters.from_dict(
                _venice_parameters
            )

        chat_completion_chunk = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            system_fingerprint=system_fingerprint,
            usage=usage,
            venice_parameters=venice_parameters,
        )

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk

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
