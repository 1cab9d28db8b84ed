from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.chat_completion_request_prompt_cache_retention import (
    ChatCompletionRequestPromptCacheRetention,
    check_chat_completion_request_prompt_cache_retention,
)
from ..models.chat_completion_request_reasoning_effort import (
    ChatCompletionRequestReasoningEffort,
    check_chat_completion_request_reasoning_effort,
)
from ..models.chat_completion_request_verbosity import (
    ChatCompletionRequestVerbosity,
    check_chat_completion_request_verbosity,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from ..models.chat_completion_request_fallbacks_item import (
        ChatCompletionRequestFallbacksItem,
    )
    from ..models.chat_completion_request_metadata import ChatCompletionRequestMetadata
    from ..models.chat_completion_request_reasoning import (
        ChatCompletionRequestReasoning,
    )
    from ..models.chat_completion_request_response_format_json_object import (
        ChatCompletionRequestResponseFormatJsonObject,
    )
    from ..models.chat_completion_request_response_format_json_schema import (
        ChatCompletionRequestResponseFormatJsonSchema,
    )
    from ..models.chat_completion_request_response_format_text import (
        ChatCompletionRequestResponseFormatText,
    )
    from ..models.chat_completion_request_stream_options import (
        ChatCompletionRequestStreamOptions,
    )
    from ..models.chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage,
    )
    from ..models.chat_completion_request_text import ChatCompletionRequestText
    from ..models.chat_completion_request_tool_choice_type_0 import (
        ChatCompletionRequestToolChoiceType0,
    )
    from ..models.chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage,
    )
    from ..models.chat_completion_request_tools_type_0_item_type_0 import (
        ChatCompletionRequestToolsType0ItemType0,
    )
    from ..models.chat_completion_request_tools_type_0_item_type_1 import (
        ChatCompletionRequestToolsType0ItemType1,
    )
    from ..models.chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage,
    )
    from ..models.chat_completion_request_venice_parameters import (
        ChatCompletionRequestVeniceParameters,
    )


T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """
    Attributes:
        messages (list[ChatCompletionRequestAssistantMessage | ChatCompletionRequestDeveloperMessage |
            ChatCompletionRequestSystemMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestUserMessage]): A
            list of messages comprising the conversation so far. Depending on the model you use, different message types
            (modalities) are supported, like text and images. Non-multimodal models reject image content. For vision models
            that support multiple images (supportsMultipleImages), images are preserved across all messages in the
            conversation history. For single-image vision models, only the last image-containing message retains its images.
        model (str): The ID of the model you wish to prompt. May also be a model trait, or a model compatibility
            mapping. See the models endpoint for a list of models available to you. You can use feature suffixes to enable
            features from the venice_parameters object. Please see "Model Feature Suffix" documentation for more details.
            Example: zai-org-glm-5-1.
        frequency_penalty (float | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based on
            their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.
            Default: 0.0.
        logprobs (bool | Unset): Whether to include log probabilities in the response. This is not supported by all
            models. Example: True.
        top_logprobs (int | Unset): The number of highest probability tokens to return for each token position. Example:
            1.
        max_completion_tokens (int | Unset): An upper bound for the number of tokens that can be generated for a
            completion, including visible output tokens and reasoning tokens.
        max_temp (float | Unset): Maximum temperature value for dynamic temperature scaling. Example: 1.5.
        max_tokens (int | Unset): The maximum number of tokens that can be generated in the chat completion. This value
            can be used to control costs for text generated via API. Values of 0 or less are ignored and the model will use
            its default maximum. This value is now deprecated in favor of max_completion_tokens.
        min_p (float | Unset): Sets a minimum probability threshold for token selection. Tokens with probabilities below
            this value are filtered out. Example: 0.05.
        min_temp (float | Unset): Minimum temperature value for dynamic temperature scaling. Example: 0.1.
        n (int | Unset): How many chat completion choices to generate for each input message. Note that you will be
            charged based on the number of generated tokens across all of the choices. Keep n as 1 to minimize costs.
            Default: 1.
        presence_penalty (float | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based on
            whether they appear in the text so far, increasing the model's likelihood to talk about new topics. Default:
            0.0.
        prompt_cache_key (str | Unset): When supplied, this field may be used to optimize conversation routing to
            improve cache performance and thus reduce latency. Example: random-string.
        prompt_cache_retention (ChatCompletionRequestPromptCacheRetention | Unset): OpenAI-compatible parameter to
            control prompt cache retention. "extended" or "24h" extends retention to 24 hours for supported models. Example:
            24h.
        repetition_penalty (float | Unset): The parameter for repetition penalty. 1.0 means no penalty. Values > 1.0
            discourage repetition. Example: 1.2.
        reasoning (ChatCompletionRequestReasoning | Unset): Configuration for reasoning behavior on supported models.
        reasoning_effort (ChatCompletionRequestReasoningEffort | Unset): OpenAI-compatible parameter to control
            reasoning effort level for supported models. Takes precedence over reasoning.effort if both are provided.
            Example: medium.
        seed (int | Unset): The random seed used to generate the response. This is useful for reproducibility. Example:
            42.
        stop (list[str] | None | str | Unset): Up to 4 sequences where the API will stop generating further tokens.
            Defaults to null.
        stop_token_ids (list[float] | Unset): Array of token IDs where the API will stop generating further tokens.
            Example: [151643, 151645].
        stream (bool | Unset): Whether to stream back partial progress. Defaults to false. Example: True.
        stream_options (ChatCompletionRequestStreamOptions | Unset):
        temperature (float | Unset): What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make
            the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally
            recommend altering this or top_p but not both. Example: 0.7.
        top_k (int | Unset): The number of highest probability vocabulary tokens to keep for top-k-filtering. Example:
            40.
        top_p (float | Unset): An alternative to sampling with temperature, called nucleus sampling, where the model
            considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top
            10% probability mass are considered. Example: 0.9.
        user (str | Unset): This field is discarded on the request but is supported in the Venice API for compatibility
            with OpenAI clients.
        fallbacks (list[ChatCompletionRequestFallbacksItem] | Unset): Anthropic beta parameter for Claude Fable 5
            server-side refusal fallback. Forwarded only for direct Anthropic routes; ignored for other providers. Example:
            [{'model': 'claude-opus-4-8'}].
        store (bool | Unset): This field is accepted for OpenAI compatibility but is not used by Venice.
        verbosity (ChatCompletionRequestVerbosity | Unset): Controls the verbosity of the text response. Currently
            supported values are `low`, `medium`, and `high`. Example: low.
        text (ChatCompletionRequestText | Unset): OpenAI-compatible text configuration parameter.
        include (list[str] | Unset): OpenAI-compatible parameter specifying additional data to include in the response.
        metadata (ChatCompletionRequestMetadata | Unset): OpenAI-compatible metadata parameter for request tracking.
        venice_parameters (ChatCompletionRequestVeniceParameters | Unset): Unique parameters to Venice's API
            implementation. Customize these to control the behavior of the model.
        parallel_tool_calls (bool | Unset): Whether to enable parallel function calling during tool use. Default: True.
            Example: False.
        response_format (ChatCompletionRequestResponseFormatJsonObject | ChatCompletionRequestResponseFormatJsonSchema |
            ChatCompletionRequestResponseFormatText | Unset): Format in which the response should be returned.
        tool_choice (ChatCompletionRequestToolChoiceType0 | str | Unset):
        tools (list[ChatCompletionRequestToolsType0ItemType0 | ChatCompletionRequestToolsType0ItemType1] | None |
            Unset): A list of tools the model may call. Currently, only functions are supported as a tool. Use this to
            provide a list of functions the model may generate JSON inputs for.
    """

    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
    ]
    model: str
    frequency_penalty: float | Unset = 0.0
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_temp: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    min_p: float | Unset = UNSET
    min_temp: float | Unset = UNSET
    n: int | Unset = 1
    presence_penalty: float | Unset = 0.0
    prompt_cache_key: str | Unset = UNSET
    prompt_cache_retention: ChatCompletionRequestPromptCacheRetention | Unset = UNSET
    repetition_penalty: float | Unset = UNSET
    reasoning: ChatCompletionRequestReasoning | Unset = UNSET
    reasoning_effort: ChatCompletionRequestReasoningEffort | Unset = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    stop_token_ids: list[float] | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: ChatCompletionRequestStreamOptions | Unset = UNSET
    temperature: float | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    user: str | Unset = UNSET
    fallbacks: list[ChatCompletionRequestFallbacksItem] | Unset = UNSET
    store: bool | Unset = UNSET
    verbosity: ChatCompletionRequestVerbosity | Unset = UNSET
    text: ChatCompletionRequestText | Unset = UNSET
    include: list[str] | Unset = UNSET
    metadata: ChatCompletionRequestMetadata | Unset = UNSET
    venice_parameters: ChatCompletionRequestVeniceParameters | Unset = UNSET
    parallel_tool_calls: bool | Unset = True
    response_format: (
        ChatCompletionRequestResponseFormatJsonObject
        | ChatCompletionRequestResponseFormatJsonSchema
        | ChatCompletionRequestResponseFormatText
        | Unset
    ) = UNSET
    tool_choice: ChatCompletionRequestToolChoiceType0 | str | Unset = UNSET
    tools: (
        list[
            ChatCompletionRequestToolsType0ItemType0
            | ChatCompletionRequestToolsType0ItemType1
        ]
        | None
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_request_assistant_message import (
            ChatCompletionRequestAssistantMessage,
        )
        from ..models.chat_completion_request_response_format_json_object import (
            ChatCompletionRequestResponseFormatJsonObject,
        )
        from ..models.chat_completion_request_response_format_json_schema import (
            ChatCompletionRequestResponseFormatJsonSchema,
        )
        from ..models.chat_completion_request_system_message import (
            ChatCompletionRequestSystemMessage,
        )
        from ..models.chat_completion_request_tool_choice_type_0 import (
            ChatCompletionRequestToolChoiceType0,
        )
        from ..models.chat_completion_request_tool_message import (
            ChatCompletionRequestToolMessage,
        )
        from ..models.chat_completion_request_tools_type_0_item_type_0 import (
            ChatCompletionRequestToolsType0ItemType0,
        )
        from ..models.chat_completion_request_user_message import (
            ChatCompletionRequestUserMessage,
        )

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if (
                isinstance(messages_item_data, ChatCompletionRequestUserMessage)
                or isinstance(messages_item_data, ChatCompletionRequestAssistantMessage)
                or isinstance(messages_item_data, ChatCompletionRequestToolMessage)
                or isinstance(messages_item_data, ChatCompletionRequestSystemMessage)
            ):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        model = self.model

        frequency_penalty = self.frequency_penalty

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        max_completion_tokens = self.max_completion_tokens

        max_temp = self.max_temp

        max_tokens = self.max_tokens

        min_p = self.min_p

        min_temp = self.min_temp

        n = self.n

        presence_penalty = self.presence_penalty

        prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: str | Unset = UNSET
        if not isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = self.prompt_cache_retention

        repetition_penalty = self.repetition_penalty

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort

        seed = self.seed

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        stop_token_ids: list[float] | Unset = UNSET
        if not isinstance(self.stop_token_ids, Unset):
            stop_token_ids = self.stop_token_ids

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        temperature = self.temperature

        top_k = self.top_k

        top_p = self.top_p

        user = self.user

        fallbacks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fallbacks, Unset):
            fallbacks = []
            for fallbacks_item_data in self.fallbacks:
                fallbacks_item = fallbacks_item_data.to_dict()
                fallbacks.append(fallbacks_item)

        store = self.store

        verbosity: str | Unset = UNSET
        if not isinstance(self.verbosity, Unset):
            verbosity = self.verbosity

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        venice_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.venice_parameters, Unset):
            venice_parameters = self.venice_parameters.to_dict()

        parallel_tool_calls = self.parallel_tool_calls

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(
            self.response_format, ChatCompletionRequestResponseFormatJsonSchema
        ) or isinstance(
            self.response_format, ChatCompletionRequestResponseFormatJsonObject
        ):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatCompletionRequestToolChoiceType0):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(
                    tools_type_0_item_data, ChatCompletionRequestToolsType0ItemType0
                ):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "messages": messages,
                "model": model,
            }
        )
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_temp is not UNSET:
            field_dict["max_temp"] = max_temp
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if min_temp is not UNSET:
            field_dict["min_temp"] = min_temp
        if n is not UNSET:
            field_dict["n"] = n
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stop_token_ids is not UNSET:
            field_dict["stop_token_ids"] = stop_token_ids
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if fallbacks is not UNSET:
            field_dict["fallbacks"] = fallbacks
        if store is not UNSET:
            field_dict["store"] = store
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if text is not UNSET:
            field_dict["text"] = text
        if include is not UNSET:
            field_dict["include"] = include
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if venice_parameters is not UNSET:
            field_dict["venice_parameters"] = venice_parameters
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_assistant_message import (
            ChatCompletionRequestAssistantMessage,
        )
        from ..models.chat_completion_request_developer_message import (
            ChatCompletionRequestDeveloperMessage,
        )
        from ..models.chat_completion_request_fallbacks_item import (
            ChatCompletionRequestFallbacksItem,
        )
        from ..models.chat_completion_request_metadata import (
            ChatCompletionRequestMetadata,
        )
        from ..models.chat_completion_request_reasoning import (
            ChatCompletionRequestReasoning,
        )
        from ..models.chat_completion_request_response_format_json_object import (
            ChatCompletionRequestResponseFormatJsonObject,
        )
        from ..models.chat_completion_request_response_format_json_schema import (
            ChatCompletionRequestResponseFormatJsonSchema,
        )
        from ..models.chat_completion_request_response_format_text import (
            ChatCompletionRequestResponseFormatText,
        )
        from ..models.chat_completion_request_stream_options import (
            ChatCompletionRequestStreamOptions,
        )
        from ..models.chat_completion_request_system_message import (
            ChatCompletionRequestSystemMessage,
        )
        from ..models.chat_completion_request_text import ChatCompletionRequestText
        from ..models.chat_completion_request_tool_choice_type_0 import (
            ChatCompletionRequestToolChoiceType0,
        )
        from ..models.chat_completion_request_tool_message import (
            ChatCompletionRequestToolMessage,
        )
        from ..models.chat_completion_request_tools_type_0_item_type_0 import (
            ChatCompletionRequestToolsType0ItemType0,
        )
        from ..models.chat_completion_request_tools_type_0_item_type_1 import (
            ChatCompletionRequestToolsType0ItemType1,
        )
        from ..models.chat_completion_request_user_message import (
            ChatCompletionRequestUserMessage,
        )
        from ..models.chat_completion_request_venice_parameters import (
            ChatCompletionRequestVeniceParameters,
        )

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatCompletionRequestAssistantMessage
                | ChatCompletionRequestDeveloperMessage
                | ChatCompletionRequestSystemMessage
                | ChatCompletionRequestToolMessage
                | ChatCompletionRequestUserMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    messages_item_user_message = (
                        ChatCompletionRequestUserMessage.from_dict(data)
                    )

                    return messages_item_user_message
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    messages_item_assistant_message = (
                        ChatCompletionRequestAssistantMessage.from_dict(data)
                    )

                    return messages_item_assistant_message
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    messages_item_tool_message = (
                        ChatCompletionRequestToolMessage.from_dict(data)
                    )

                    return messages_item_tool_message
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    messages_item_system_message = (
                        ChatCompletionRequestSystemMessage.from_dict(data)
                    )

                    return messages_item_system_message
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                messages_item_developer_message = (
                    ChatCompletionRequestDeveloperMessage.from_dict(data)
                )

                return messages_item_developer_message

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model")

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        max_temp = d.pop("max_temp", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        min_p = d.pop("min_p", UNSET)

        min_temp = d.pop("min_temp", UNSET)

        n = d.pop("n", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        _prompt_cache_retention = d.pop("prompt_cache_retention", UNSET)
        prompt_cache_retention: ChatCompletionRequestPromptCacheRetention | Unset
        if isinstance(_prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = (
                check_chat_completion_request_prompt_cache_retention(
                    _prompt_cache_retention
                )
            )

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: ChatCompletionRequestReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = ChatCompletionRequestReasoning.from_dict(_reasoning)

        _reasoning_effort = d.pop("reasoning_effort", UNSET)
        reasoning_effort: ChatCompletionRequestReasoningEffort | Unset
        if isinstance(_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = check_chat_completion_request_reasoning_effort(
                _reasoning_effort
            )

        seed = d.pop("seed", UNSET)

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_array_of_strings = cast(list[str], data)

                return stop_array_of_strings
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        stop_token_ids = cast(list[float], d.pop("stop_token_ids", UNSET))

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatCompletionRequestStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = ChatCompletionRequestStreamOptions.from_dict(
                _stream_options
            )

        temperature = d.pop("temperature", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        user = d.pop("user", UNSET)

        _fallbacks = d.pop("fallbacks", UNSET)
        fallbacks: list[ChatCompletionRequestFallbacksItem] | Unset = UNSET
        if _fallbacks is not UNSET:
            fallbacks = []
            for fallbacks_item_data in _fallbacks:
                fallbacks_item = ChatCompletionRequestFallbacksItem.from_dict(
                    fallbacks_item_data
                )

                fallbacks.append(fallbacks_item)

        store = d.pop("store", UNSET)

        _verbosity = d.pop("verbosity", UNSET)
        verbosity: ChatCompletionRequestVerbosity | Unset
        if isinstance(_verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = check_chat_completion_request_verbosity(_verbosity)

        _text = d.pop("text", UNSET)
        text: ChatCompletionRequestText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ChatCompletionRequestText.from_dict(_text)

        include = cast(list[str], d.pop("include", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ChatCompletionRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ChatCompletionRequestMetadata.from_dict(_metadata)

        _venice_parameters = d.pop("venice_parameters", UNSET)
        venice_parameters: ChatCompletionRequestVeniceParameters | Unset
        if isinstance(_venice_parameters, Unset):
            venice_parameters = UNSET
        else:
            venice_parameters = ChatCompletionRequestVeniceParameters.from_dict(
                _venice_parameters
            )

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        def _parse_response_format(
            data: object,
        ) -> (
            ChatCompletionRequestResponseFormatJsonObject
            | ChatCompletionRequestResponseFormatJsonSchema
            | ChatCompletionRequestResponseFormatText
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_response_format_json_schema = (
                    ChatCompletionRequestResponseFormatJsonSchema.from_dict(data)
                )

                return response_format_response_format_json_schema
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_response_format_json_object = (
                    ChatCompletionRequestResponseFormatJsonObject.from_dict(data)
                )

                return response_format_response_format_json_object
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_format_response_format_text = (
                ChatCompletionRequestResponseFormatText.from_dict(data)
            )

            return response_format_response_format_text

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> ChatCompletionRequestToolChoiceType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_0 = ChatCompletionRequestToolChoiceType0.from_dict(
                    data
                )

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionRequestToolChoiceType0 | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
            list[
                ChatCompletionRequestToolsType0ItemType0
                | ChatCompletionRequestToolsType0ItemType1
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
                        data: object,
                    ) -> (
                        ChatCompletionRequestToolsType0ItemType0
                        | ChatCompletionRequestToolsType0ItemType1
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0 = (
                                ChatCompletionRequestToolsType0ItemType0.from_dict(data)
                            )

                            return tools_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_type_0_item_type_1 = (
                            ChatCompletionRequestToolsType0ItemType1.from_dict(data)
                        )

                        return tools_type_0_item_type_1

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ChatCompletionRequestToolsType0ItemType0
                    | ChatCompletionRequestToolsType0ItemType1
                ]
                | None
                | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

        chat_completion_request = cls(
            messages=messages,
            model=model,
            frequency_penalty=frequency_penalty,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            max_completion_tokens=max_completion_tokens,
            max_temp=max_temp,
            max_tokens=max_tokens,
            min_p=min_p,
            min_temp=min_temp,
            n=n,
            presence_penalty=presence_penalty,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            repetition_penalty=repetition_penalty,
            reasoning=reasoning,
            reasoning_effort=reasoning_effort,
            seed=seed,
            stop=stop,
            stop_token_ids=stop_token_ids,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            user=user,
            fallbacks=fallbacks,
            store=store,
            verbosity=verbosity,
            text=text,
            include=include,
            metadata=metadata,
            venice_parameters=venice_parameters,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            tool_choice=tool_choice,
            tools=tools,
        )

        return chat_completion_request
