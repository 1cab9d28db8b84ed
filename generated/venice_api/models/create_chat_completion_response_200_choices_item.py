from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_response_200_choices_item_finish_reason import (
    CreateChatCompletionResponse200ChoicesItemFinishReason,
    check_create_chat_completion_response_200_choices_item_finish_reason,
)
from ..models.create_chat_completion_response_200_choices_item_stop_reason_type_1 import (
    CreateChatCompletionResponse200ChoicesItemStopReasonType1,
    check_create_chat_completion_response_200_choices_item_stop_reason_type_1,
)
from ..models.create_chat_completion_response_200_choices_item_stop_reason_type_2_type_1 import (
    CreateChatCompletionResponse200ChoicesItemStopReasonType2Type1,
    check_create_chat_completion_response_200_choices_item_stop_reason_type_2_type_1,
)
from ..models.create_chat_completion_response_200_choices_item_stop_reason_type_3_type_1 import (
    CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1,
    check_create_chat_completion_response_200_choices_item_stop_reason_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_chat_completion_response_200_choices_item_assistant_message import (
        CreateChatCompletionResponse200ChoicesItemAssistantMessage,
    )
    from ..models.create_chat_completion_response_200_choices_item_logprobs_type_0 import (
        CreateChatCompletionResponse200ChoicesItemLogprobsType0,
    )


T = TypeVar("T", bound="CreateChatCompletionResponse200ChoicesItem")


@_attrs_define
class CreateChatCompletionResponse200ChoicesItem:
    """
    Attributes:
        finish_reason (CreateChatCompletionResponse200ChoicesItemFinishReason): The reason the completion finished.
            Example: stop.
        index (int): The index of the choice in the list. Example: 0.
        logprobs (CreateChatCompletionResponse200ChoicesItemLogprobsType0 | None):
        message (CreateChatCompletionResponse200ChoicesItemAssistantMessage):
        stop_reason (CreateChatCompletionResponse200ChoicesItemStopReasonType1 |
            CreateChatCompletionResponse200ChoicesItemStopReasonType2Type1 |
            CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1 | None | Unset): The reason the completion
            stopped. Example: stop.
    """

    finish_reason: CreateChatCompletionResponse200ChoicesItemFinishReason
    index: int
    logprobs: CreateChatCompletionResponse200ChoicesItemLogprobsType0 | None
    message: CreateChatCompletionResponse200ChoicesItemAssistantMessage
    stop_reason: (
        CreateChatCompletionResponse200ChoicesItemStopReasonType1
        | CreateChatCompletionResponse200ChoicesItemStopReasonType2Type1
        | CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_chat_completion_response_200_choices_item_assistant_message import (
            CreateChatCompletionResponse200ChoicesItemAssistantMessage,
        )
        from ..models.create_chat_completion_response_200_choices_item_logprobs_type_0 import (
            CreateChatCompletionResponse200ChoicesItemLogprobsType0,
        )

        finish_reason: str = self.finish_reason

        index = self.index

        logprobs: dict[str, Any] | None
        if isinstance(
            self.logprobs, CreateChatCompletionResponse200ChoicesItemLogprobsType0
        ):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        message: dict[str, Any]
        if isinstance(
            self.message, CreateChatCompletionResponse200ChoicesItemAssistantMessage
        ):
            message = self.message.to_dict()

        stop_reason: None | str | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        elif (
            isinstance(self.stop_reason, str)
            or isinstance(self.stop_reason, str)
            or isinstance(self.stop_reason, str)
        ):
            stop_reason = self.stop_reason
        else:
            stop_reason = self.stop_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finish_reason": finish_reason,
                "index": index,
                "logprobs": logprobs,
                "message": message,
            }
        )
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_chat_completion_response_200_choices_item_assistant_message import (
            CreateChatCompletionResponse200ChoicesItemAssistantMessage,
        )
        from ..models.create_chat_completion_response_200_choices_item_logprobs_type_0 import (
            CreateChatCompletionResponse200ChoicesItemLogprobsType0,
        )

        d = dict(src_dict)
        finish_reason = (
            check_create_chat_completion_response_200_choices_item_finish_reason(
                d.pop("finish_reason")
            )
        )

        index = d.pop("index")

        def _parse_logprobs(
            data: object,
        ) -> CreateChatCompletionResponse200ChoicesItemLogprobsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = (
                    CreateChatCompletionResponse200ChoicesItemLogprobsType0.from_dict(
                        data
                    )
                )

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateChatCompletionResponse200ChoicesItemLogprobsType0 | None, data
            )

        logprobs = _parse_logprobs(d.pop("logprobs"))

        def _parse_message(
            data: object,
        ) -> CreateChatCompletionResponse200ChoicesItemAssistantMessage:
            if not isinstance(data, dict):
                raise TypeError()
            message_assistant_message = (
                CreateChatCompletionResponse200ChoicesItemAssistantMessage.from_dict(
                    data
                )
            )

            return message_assistant_message

        message = _parse_message(d.pop("message"))

        def _parse_stop_reason(
            data: object,
        ) -> (
            CreateChatCompletionResponse200ChoicesItemStopReasonType1
            | CreateChatCompletionResponse200ChoicesItemStopReasonType2Type1
            | CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stop_reason_type_1 = check_create_chat_completion_response_200_choices_item_stop_reason_type_1(
                    data
                )

                return stop_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stop_reason_type_2_type_1 = check_create_chat_completion_response_200_choices_item_stop_reason_type_2_type_1(
                    data
                )

                return stop_reason_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stop_reason_type_3_type_1 = check_create_chat_completion_response_200_choices_item_stop_reason_type_3_type_1(
                    data
                )

                return stop_reason_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateChatCompletionResponse200ChoicesItemStopReasonType1
                | CreateChatCompletionResponse200ChoicesItemStopReasonType2Type1
                | CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1
                | None
                | Unset,
                data,
            )

        stop_reason = _parse_stop_reason(d.pop("stop_reason", UNSET))

        create_chat_completion_response_200_choices_item = cls(
            finish_reason=finish_reason,
            index=index,
            logprobs=logprobs,
            message=message,
            stop_reason=stop_reason,
        )

        create_chat_completion_response_200_choices_item.additional_properties = d
        return create_chat_completion_response_200_choices_item

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
