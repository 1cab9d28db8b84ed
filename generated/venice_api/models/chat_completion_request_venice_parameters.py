from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_request_venice_parameters_enable_web_search import (
    ChatCompletionRequestVeniceParametersEnableWebSearch,
    check_chat_completion_request_venice_parameters_enable_web_search,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestVeniceParameters")


@_attrs_define
class ChatCompletionRequestVeniceParameters:
    """Unique parameters to Venice's API implementation. Customize these to control the behavior of the model.

    Attributes:
        character_slug (str | Unset): The character slug of a public Venice character. Discoverable as the "Public ID"
            on the published character page.
        strip_thinking_response (bool | Unset): Strip <think></think> blocks from the response. Applicable only to
            reasoning / thinking models. Also available to use as a model feature suffix. Defaults to false. Default: False.
            Example: False.
        disable_thinking (bool | Unset): On supported reasoning models, will disable thinking and strip the
            <think></think> blocks from the response. Defaults to false. Default: False. Example: False.
        enable_e2ee (bool | Unset): Enable end-to-end encryption for E2EE-capable models. When true (default), E2EE is
            used if E2EE headers are present. When false, the model runs in TEE-only mode even if E2EE headers are present.
            Only applicable to models with E2EE capability. Default: True. Example: True.
        enable_web_search (ChatCompletionRequestVeniceParametersEnableWebSearch | Unset): Enable web search for this
            request. Defaults to off. On will force web search on the request. Auto will enable it based on the model's
            discretion. Citations will be returned either in the first chunk of a streaming result, or in the non streaming
            response. Default: 'off'. Example: off.
        enable_web_scraping (bool | Unset): Enable Venice web scraping of URLs in the latest user message using
            Firecrawl. Off by default. Default: False. Example: False.
        enable_web_citations (bool | Unset): When web search is enabled, this will request that the LLM cite its sources
            using a ^index^ or ^i,j^ superscript format (e.g., ^1^). Defaults to false. Default: False.
        include_search_results_in_stream (bool | Unset): Experimental feature - When set to true, the LLM will include
            search results in the stream as the first emitted chunk. Defaults to false. Default: False.
        return_search_results_as_documents (bool | Unset): When set, search results are also surfaced in an OpenAI-
            compatible tool call named "venice_web_search_documents" to ease LangChain consumption.
        include_venice_system_prompt (bool | Unset): Whether to include the Venice supplied system prompts along side
            specified system prompts. Defaults to true. Default: True.
        enable_x_search (bool | Unset): Enable xAI native search (web + X/Twitter) for supported models. When enabled,
            the model performs web and X searches server-side instead of Venice search augmentation. Only available on
            models with supportsXSearch capability (e.g., grok-4-20). Additional per-search charges apply (~$0.01/search).
            Default: False. Example: True.
    """

    character_slug: str | Unset = UNSET
    strip_thinking_response: bool | Unset = False
    disable_thinking: bool | Unset = False
    enable_e2ee: bool | Unset = True
    enable_web_search: ChatCompletionRequestVeniceParametersEnableWebSearch | Unset = (
        "off"
    )
    enable_web_scraping: bool | Unset = False
    enable_web_citations: bool | Unset = False
    include_search_results_in_stream: bool | Unset = False
    return_search_results_as_documents: bool | Unset = UNSET
    include_venice_system_prompt: bool | Unset = True
    enable_x_search: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        character_slug = self.character_slug

        strip_thinking_response = self.strip_thinking_response

        disable_thinking = self.disable_thinking

        enable_e2ee = self.enable_e2ee

        enable_web_search: str | Unset = UNSET
        if not isinstance(self.enable_web_search, Unset):
            enable_web_search = self.enable_web_search

        enable_web_scraping = self.enable_web_scraping

        enable_web_citations = self.enable_web_citations

        include_search_results_in_stream = self.include_search_results_in_stream

        return_search_results_as_documents = self.return_search_results_as_documents

        include_venice_system_prompt = self.include_venice_system_prompt

        enable_x_search = self.enable_x_search

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if character_slug is not UNSET:
            field_dict["character_slug"] = character_slug
        if strip_thinking_response is not UNSET:
            field_dict["strip_thinking_response"] = strip_thinking_response
        if disable_thinking is not UNSET:
            field_dict["disable_thinking"] = disable_thinking
        if enable_e2ee is not UNSET:
            field_dict["enable_e2ee"] = enable_e2ee
        if enable_web_search is not UNSET:
            field_dict["enable_web_search"] = enable_web_search
        if enable_web_scraping is not UNSET:
            field_dict["enable_web_scraping"] = enable_web_scraping
        if enable_web_citations is not UNSET:
            field_dict["enable_web_citations"] = enable_web_citations
        if include_search_results_in_stream is not UNSET:
            field_dict["include_search_results_in_stream"] = (
                include_search_results_in_stream
            )
        if return_search_results_as_documents is not UNSET:
            field_dict["return_search_results_as_documents"] = (
                return_search_results_as_documents
            )
        if include_venice_system_prompt is not UNSET:
            field_dict["include_venice_system_prompt"] = include_venice_system_prompt
        if enable_x_search is not UNSET:
            field_dict["enable_x_search"] = enable_x_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        character_slug = d.pop("character_slug", UNSET)

        strip_thinking_response = d.pop("strip_thinking_response", UNSET)

        disable_thinking = d.pop("disable_thinking", UNSET)

        enable_e2ee = d.pop("enable_e2ee", UNSET)

        _enable_web_search = d.pop("enable_web_search", UNSET)
        enable_web_search: ChatCompletionRequestVeniceParametersEnableWebSearch | Unset
        if isinstance(_enable_web_search, Unset):
            enable_web_search = UNSET
        else:
            enable_web_search = (
                check_chat_completion_request_venice_parameters_enable_web_search(
                    _enable_web_search
                )
            )

        enable_web_scraping = d.pop("enable_web_scraping", UNSET)

        enable_web_citations = d.pop("enable_web_citations", UNSET)

        include_search_results_in_stream = d.pop(
            "include_search_results_in_stream", UNSET
        )

        return_search_results_as_documents = d.pop(
            "return_search_results_as_documents", UNSET
        )

        include_venice_system_prompt = d.pop("include_venice_system_prompt", UNSET)

        enable_x_search = d.pop("enable_x_search", UNSET)

        chat_completion_request_venice_parameters = cls(
            character_slug=character_slug,
            strip_thinking_response=strip_thinking_response,
            disable_thinking=disable_thinking,
            enable_e2ee=enable_e2ee,
            enable_web_search=enable_web_search,
            enable_web_scraping=enable_web_scraping,
            enable_web_citations=enable_web_citations,
            include_search_results_in_stream=include_search_results_in_stream,
            return_search_results_as_documents=return_search_results_as_documents,
            include_venice_system_prompt=include_venice_system_prompt,
            enable_x_search=enable_x_search,
        )

        return chat_completion_request_venice_parameters
