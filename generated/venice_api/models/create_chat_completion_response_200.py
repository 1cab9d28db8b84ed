from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_response_200_object import (
    CreateChatCompletionResponse200Object,
    check_create_chat_completion_response_200_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_chat_completion_response_200_choices_item import (
        CreateChatCompletionResponse200ChoicesItem,
    )
    from ..models.create_chat_completion_response_200_cost import (
        CreateChatCompletionResponse200Cost,
    )
    from ..models.create_chat_completion_response_200_prompt_logprobs_type_0_type_0 import (
        CreateChatCompletionResponse200PromptLogprobsType0Type0,
    )
    from ..models.create_chat_completion_response_200_usage import (
        CreateChatCompletionResponse200Usage,
    )
    from ..models.create_chat_completion_response_200_venice_parameters import (
        CreateChatCompletionResponse200VeniceParameters,
    )


T = TypeVar("T", bound="CreateChatCompletionResponse200")


@_attrs_define
class CreateChatCompletionResponse200:
    """
    Example:
        {'choices': [{'finish_reason': 'stop', 'index': 0, 'logprobs': None, 'message': {'content': "The sky appears
            blue because of the way Earth's atmosphere scatters sunlight. When sunlight reaches Earth's atmosphere, it is
            made up of various colors of the spectrum, but blue light waves are shorter and scatter more easily when they
            hit the gases and particles in the atmosphere. This scattering occurs in all directions, but from our
            perspective on the ground, it appears as a blue hue that dominates the sky's color. This phenomenon is known as
            Rayleigh scattering. During sunrise and sunset, the sunlight has to travel further through the atmosphere, which
            allows more time for the blue light to scatter away from our direct line of sight, leaving the longer
            wavelengths, such as red, yellow, and orange, to dominate the sky's color.", 'reasoning_content': None, 'role':
            'assistant', 'tool_calls': []}, 'stop_reason': None}], 'created': 1739928524, 'cost': {'diem': 0, 'usd':
            0.00042}, 'id': 'chatcmpl-a81fbc2d81a7a083bb83ccf9f44c6e5e', 'model': 'zai-org-glm-5-1', 'object':
            'chat.completion', 'prompt_logprobs': None, 'usage': {'completion_tokens': 146, 'completion_tokens_details':
            None, 'prompt_tokens': 612, 'prompt_tokens_details': None, 'total_tokens': 758}, 'venice_parameters':
            {'enable_e2ee': True, 'include_venice_system_prompt': True, 'include_search_results_in_stream': False,
            'return_search_results_as_documents': False, 'web_search_citations': [], 'enable_web_search': 'auto',
            'enable_web_scraping': False, 'enable_web_citations': True, 'strip_thinking_response': True, 'disable_thinking':
            True, 'character_slug': 'venice'}}

    Attributes:
        choices (list[CreateChatCompletionResponse200ChoicesItem]): A list of chat completion choices. Can be more than
            one if n is greater than 1. Certain models may not return this field under certain conditions. Example:
            [{'finish_reason': 'stop', 'index': 0, 'logprobs': None, 'message': {'content': "The sky appears blue because of
            the way Earth's atmosphere scatters sunlight. When sunlight reaches Earth's atmosphere, it is made up of various
            colors of the spectrum, but blue light waves are shorter and scatter more easily when they hit the gases and
            particles in the atmosphere. This scattering occurs in all directions, but from our perspective on the ground,
            it appears as a blue hue that dominates the sky's color. This phenomenon is known as Rayleigh scattering. During
            sunrise and sunset, the sunlight has to travel further through the atmosphere, which allows more time for the
            blue light to scatter away from our direct line of sight, leaving the longer wavelengths, such as red, yellow,
            and orange, to dominate the sky's color.", 'reasoning_content': None, 'role': 'assistant', 'tool_calls': []},
            'stop_reason': None}].
        created (int): The time at which the request was created. Example: 1677858240.
        id (str): The ID of the request. Example: chatcmpl-abc123.
        model (str): The model id used for the request. Example: zai-org-glm-5-1.
        object_ (CreateChatCompletionResponse200Object): The type of the object returned. Example: chat.completion.
        usage (CreateChatCompletionResponse200Usage):
        cost (CreateChatCompletionResponse200Cost | Unset): The request cost split by billing currency.
        prompt_logprobs (CreateChatCompletionResponse200PromptLogprobsType0Type0 | None | Unset): Log probability
            information for the prompt.
        venice_parameters (CreateChatCompletionResponse200VeniceParameters | Unset): Unique parameters to Venice's API
            implementation.
    """

    choices: list[CreateChatCompletionResponse200ChoicesItem]
    created: int
    id: str
    model: str
    object_: CreateChatCompletionResponse200Object
    usage: CreateChatCompletionResponse200Usage
    cost: CreateChatCompletionResponse200Cost | Unset = UNSET
    prompt_logprobs: (
        CreateChatCompletionResponse200PromptLogprobsType0Type0 | None | Unset
    ) = UNSET
    venice_parameters: CreateChatCompletionResponse200VeniceParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_chat_completion_response_200_prompt_logprobs_type_0_type_0 import (
            CreateChatCompletionResponse200PromptLogprobsType0Type0,
        )

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        created = self.created

        id = self.id

        model = self.model

        object_: str = self.object_

        usage = self.usage.to_dict()

        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict()

        prompt_logprobs: dict[str, Any] | None | Unset
        if isinstance(self.prompt_logprobs, Unset):
            prompt_logprobs = UNSET
        elif isinstance(
            self.prompt_logprobs,
            CreateChatCompletionResponse200PromptLogprobsType0Type0,
        ):
            prompt_logprobs = self.prompt_logprobs.to_dict()
        else:
            prompt_logprobs = self.prompt_logprobs

        venice_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.venice_parameters, Unset):
            venice_parameters = self.venice_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
                "created": created,
                "id": id,
                "model": model,
                "object": object_,
                "usage": usage,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if prompt_logprobs is not UNSET:
            field_dict["prompt_logprobs"] = prompt_logprobs
        if venice_parameters is not UNSET:
            field_dict["venice_parameters"] = venice_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_chat_completion_response_200_choices_item import (
            CreateChatCompletionResponse200ChoicesItem,
        )
        from ..models.create_chat_completion_response_200_cost import (
            CreateChatCompletionResponse200Cost,
        )
        from ..models.create_chat_completion_response_200_prompt_logprobs_type_0_type_0 import (
            CreateChatCompletionResponse200PromptLogprobsType0Type0,
        )
        from ..models.create_chat_completion_response_200_usage import (
            CreateChatCompletionResponse200Usage,
        )
        from ..models.create_chat_completion_response_200_venice_parameters import (
            CreateChatCompletionResponse200VeniceParameters,
        )

        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = CreateChatCompletionResponse200ChoicesItem.from_dict(
                choices_item_data
            )

            choices.append(choices_item)

        created = d.pop("created")

        id = d.pop("id")

        model = d.pop("model")

        object_ = check_create_chat_completion_response_200_object(d.pop("object"))

        usage = CreateChatCompletionResponse200Usage.from_dict(d.pop("usage"))

        _cost = d.pop("cost", UNSET)
        cost: CreateChatCompletionResponse200Cost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = CreateChatCompletionResponse200Cost.from_dict(_cost)

        def _parse_prompt_logprobs(
            data: object,
        ) -> CreateChatCompletionResponse200PromptLogprobsType0Type0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_logprobs_type_0_type_0 = (
                    CreateChatCompletionResponse200PromptLogprobsType0Type0.from_dict(
                        data
                    )
                )

                return prompt_logprobs_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateChatCompletionResponse200PromptLogprobsType0Type0 | None | Unset,
                data,
            )

        prompt_logprobs = _parse_prompt_logprobs(d.pop("prompt_logprobs", UNSET))

        _venice_parameters = d.pop("venice_parameters", UNSET)
        venice_parameters: CreateChatCompletionResponse200VeniceParameters | Unset
        if isinstance(_venice_parameters, Unset):
            venice_parameters = UNSET
        else:
            venice_parameters = (
                CreateChatCompletionResponse200VeniceParameters.from_dict(
                    _venice_parameters
                )
            )

        create_chat_completion_response_200 = cls(
            choices=choices,
            created=created,
            id=id,
            model=model,
            object_=object_,
            usage=usage,
            cost=cost,
            prompt_logprobs=prompt_logprobs,
            venice_parameters=venice_parameters,
        )

        create_chat_completion_response_200.additional_properties = d
        return create_chat_completion_response_200

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
