from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_response_200_venice_parameters_enable_web_search import (
    CreateChatCompletionResponse200VeniceParametersEnableWebSearch,
    check_create_chat_completion_response_200_venice_parameters_enable_web_search,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_chat_completion_response_200_venice_parameters_web_search_citations_item import (
        CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem,
    )


T = TypeVar("T", bound="CreateChatCompletionResponse200VeniceParameters")


@_attrs_define
class CreateChatCompletionResponse200VeniceParameters:
    """Unique parameters to Venice's API implementation.

    Attributes:
        enable_e2ee (bool): Did the request enable end-to-end encryption? Only applicable to E2EE-capable models.
            Example: True.
        enable_web_search (CreateChatCompletionResponse200VeniceParametersEnableWebSearch): Did the request enable web
            search? Example: auto.
        enable_web_citations (bool): Did the request enable web citations? Example: True.
        enable_web_scraping (bool): Did the request enable web scraping of URLs via Firecrawl? Example: False.
        include_venice_system_prompt (bool): Did the request include the Venice system prompt? Example: True.
        include_search_results_in_stream (bool): Did the request include search results in the stream? Example: False.
        return_search_results_as_documents (bool): Did the request also return search results as a tool-call documents
            block? Example: True.
        strip_thinking_response (bool): Did the request strip thinking response? Example: True.
        disable_thinking (bool): Did the request disable thinking? Example: True.
        character_slug (str | Unset): The character slug of a public Venice character. Example: venice.
        web_search_citations (list[CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem] | Unset):
            Citations from web search results. Example: [{'content': "What&#x27;s the scientific reason behind Earth&#x27;s
            sky appearing blue to the human eye? And what&#x27;s the real colour of the sky?\\n\\nSave 30% on the shop price
            when you subscribe to BBC Sky at Night Magazine today!\\n\\nIn this article we'll look at the science behind why
            the sky is blue, or at least why it appears blue to our eyes.\\n\\nA beautiful blue sky is the sign of a
            pleasant day ahead. But what makes the sky appear blue?\\n\\nSo, the sky appears blue because the molecules of
            nitrogen and oxygen in the atmosphere scatter light in short wavelengths towards the blue end of the visible
            spectrum.", 'date': '2024-08-13T13:45:16', 'title': 'Why is the sky blue? | BBC Sky at Night Magazine', 'url':
            'https://www.skyatnightmagazine.com/space-science/why-is-the-sky-blue'}, {'content': 'It was around 1870 when
            the British physicist John William Strutt, better known as Lord Rayleigh, first found an explanation for why the
            sky is blue: Blue light from the Sun is scattered the most when it passes through the
            atmosphere.\\n\\nPublished: January 20, 2025 8:34am EST · Daniel Freedman, University of Wisconsin-Stout ·
            Daniel Freedman · Dean of the College of Science, Technology, Engineering, Mathematics & Management, University
            of Wisconsin-Stout ·\\n\\nThe answer has to do with molecules.\\n\\nIt was around 1870 when the British
            physicist John William Strutt, better known as Lord Rayleigh, first found an explanation for why the sky is
            blue: Blue light from the Sun is scattered the most when it passes through the atmosphere.\\n\\nWhen the Sun is
            near the horizon, its light passes through a lot more of the atmosphere to reach the Earth’s surface than when
            it is directly overhead. The blue and green light is scattered so well that you can hardly see it. The sky is
            colored, instead, with red and orange light.', 'date': '2025-04-16T16:55:11', 'title': 'Why is the sky blue?',
            'url': 'https://theconversation.com/why-is-the-sky-blue-246393'}].
    """

    enable_e2ee: bool
    enable_web_search: CreateChatCompletionResponse200VeniceParametersEnableWebSearch
    enable_web_citations: bool
    enable_web_scraping: bool
    include_venice_system_prompt: bool
    include_search_results_in_stream: bool
    return_search_results_as_documents: bool
    strip_thinking_response: bool
    disable_thinking: bool
    character_slug: str | Unset = UNSET
    web_search_citations: (
        list[CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_e2ee = self.enable_e2ee

        enable_web_search: str = self.enable_web_search

        enable_web_citations = self.enable_web_citations

        enable_web_scraping = self.enable_web_scraping

        include_venice_system_prompt = self.include_venice_system_prompt

        include_search_results_in_stream = self.include_search_results_in_stream

        return_search_results_as_documents = self.return_search_results_as_documents

        strip_thinking_response = self.strip_thinking_response

        disable_thinking = self.disable_thinking

        character_slug = self.character_slug

        web_search_citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.web_search_citations, Unset):
            web_search_citations = []
            for web_search_citations_item_data in self.web_search_citations:
                web_search_citations_item = web_search_citations_item_data.to_dict()
                web_search_citations.append(web_search_citations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enable_e2ee": enable_e2ee,
                "enable_web_search": enable_web_search,
                "enable_web_citations": enable_web_citations,
                "enable_web_scraping": enable_web_scraping,
                "include_venice_system_prompt": include_venice_system_prompt,
                "include_search_results_in_stream": include_search_results_in_stream,
                "return_search_results_as_documents": return_search_results_as_documents,
                "strip_thinking_response": strip_thinking_response,
                "disable_thinking": disable_thinking,
            }
        )
        if character_slug is not UNSET:
            field_dict["character_slug"] = character_slug
        if web_search_citations is not UNSET:
            field_dict["web_search_citations"] = web_search_citations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_chat_completion_response_200_venice_parameters_web_search_citations_item import (
            CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem,
        )

        d = dict(src_dict)
        enable_e2ee = d.pop("enable_e2ee")

        enable_web_search = check_create_chat_completion_response_200_venice_parameters_enable_web_search(
            d.pop("enable_web_search")
        )

        enable_web_citations = d.pop("enable_web_citations")

        enable_web_scraping = d.pop("enable_web_scraping")

        include_venice_system_prompt = d.pop("include_venice_system_prompt")

        include_search_results_in_stream = d.pop("include_search_results_in_stream")

        return_search_results_as_documents = d.pop("return_search_results_as_documents")

        strip_thinking_response = d.pop("strip_thinking_response")

        disable_thinking = d.pop("disable_thinking")

        character_slug = d.pop("character_slug", UNSET)

        _web_search_citations = d.pop("web_search_citations", UNSET)
        web_search_citations: (
            list[CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem]
            | Unset
        ) = UNSET
        if _web_search_citations is not UNSET:
            web_search_citations = []
            for web_search_citations_item_data in _web_search_citations:
                web_search_citations_item = CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem.from_dict(
                    web_search_citations_item_data
                )

                web_search_citations.append(web_search_citations_item)

        create_chat_completion_response_200_venice_parameters = cls(
            enable_e2ee=enable_e2ee,
            enable_web_search=enable_web_search,
            enable_web_citations=enable_web_citations,
            enable_web_scraping=enable_web_scraping,
            include_venice_system_prompt=include_venice_system_prompt,
            include_search_results_in_stream=include_search_results_in_stream,
            return_search_results_as_documents=return_search_results_as_documents,
            strip_thinking_response=strip_thinking_response,
            disable_thinking=disable_thinking,
            character_slug=character_slug,
            web_search_citations=web_search_citations,
        )

        create_chat_completion_response_200_venice_parameters.additional_properties = d
        return create_chat_completion_response_200_venice_parameters

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
