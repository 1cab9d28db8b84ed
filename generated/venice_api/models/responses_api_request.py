from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_tool_choice_type_0 import (
    ResponsesAPIRequestToolChoiceType0,
    check_responses_api_request_tool_choice_type_0,
)
from ..models.responses_api_request_tool_choice_type_1 import (
    ResponsesAPIRequestToolChoiceType1,
    check_responses_api_request_tool_choice_type_1,
)
from ..models.responses_api_request_tool_choice_type_2 import (
    ResponsesAPIRequestToolChoiceType2,
    check_responses_api_request_tool_choice_type_2,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_api_request_code_interpreter_tool import (
        ResponsesAPIRequestCodeInterpreterTool,
    )
    from ..models.responses_api_request_computer_use_tool import (
        ResponsesAPIRequestComputerUseTool,
    )
    from ..models.responses_api_request_fallbacks_item import (
        ResponsesAPIRequestFallbacksItem,
    )
    from ..models.responses_api_request_file_search_tool import (
        ResponsesAPIRequestFileSearchTool,
    )
    from ..models.responses_api_request_function_call import (
        ResponsesAPIRequestFunctionCall,
    )
    from ..models.responses_api_request_function_call_output import (
        ResponsesAPIRequestFunctionCallOutput,
    )
    from ..models.responses_api_request_function_tool import (
        ResponsesAPIRequestFunctionTool,
    )
    from ..models.responses_api_request_generic_tool import (
        ResponsesAPIRequestGenericTool,
    )
    from ..models.responses_api_request_input_message import (
        ResponsesAPIRequestInputMessage,
    )
    from ..models.responses_api_request_input_message_flexible import (
        ResponsesAPIRequestInputMessageFlexible,
    )
    from ..models.responses_api_request_item_reference import (
        ResponsesAPIRequestItemReference,
    )
    from ..models.responses_api_request_reasoning import ResponsesAPIRequestReasoning
    from ..models.responses_api_request_reasoning_configuration import (
        ResponsesAPIRequestReasoningConfiguration,
    )
    from ..models.responses_api_request_tool_choice_type_3 import (
        ResponsesAPIRequestToolChoiceType3,
    )
    from ..models.responses_api_request_venice_parameters import (
        ResponsesAPIRequestVeniceParameters,
    )
    from ..models.responses_api_request_web_search_tool import (
        ResponsesAPIRequestWebSearchTool,
    )
    from ..models.responses_api_request_x_search_tool import (
        ResponsesAPIRequestXSearchTool,
    )


T = TypeVar("T", bound="ResponsesAPIRequest")


@_attrs_define
class ResponsesAPIRequest:
    """Request body for the Responses API endpoint. E2EE-capable models are not supported on /api/v1/responses; use
    /api/v1/chat/completions with the required E2EE headers instead.

        Attributes:
            model (str): The ID of the model to use. E2EE-capable models are not supported on /api/v1/responses; use
                /api/v1/chat/completions with the required E2EE headers instead. Example: zai-org-glm-5-1.
            input_ (list[ResponsesAPIRequestFunctionCall | ResponsesAPIRequestFunctionCallOutput |
                ResponsesAPIRequestInputMessage | ResponsesAPIRequestInputMessageFlexible | ResponsesAPIRequestItemReference |
                ResponsesAPIRequestReasoning] | str): The input to generate a response for. Can be a simple string or an array
                of messages.
            include (list[str] | Unset): Additional response fields to include (OpenAI-compatible).
            max_output_tokens (int | Unset): Maximum number of tokens to generate.
            temperature (float | Unset): Sampling temperature between 0 and 2.
            top_p (float | Unset): Nucleus sampling parameter.
            fallbacks (list[ResponsesAPIRequestFallbacksItem] | Unset): Anthropic beta parameter for Claude Fable 5 server-
                side refusal fallback. Forwarded only for direct Anthropic routes; ignored for other providers. Example:
                [{'model': 'claude-opus-4-8'}].
            reasoning (None | ResponsesAPIRequestReasoningConfiguration | Unset):
            tools (list[ResponsesAPIRequestCodeInterpreterTool | ResponsesAPIRequestComputerUseTool |
                ResponsesAPIRequestFileSearchTool | ResponsesAPIRequestFunctionTool | ResponsesAPIRequestGenericTool |
                ResponsesAPIRequestWebSearchTool | ResponsesAPIRequestXSearchTool] | Unset): A list of tools the model may call.
            tool_choice (ResponsesAPIRequestToolChoiceType0 | ResponsesAPIRequestToolChoiceType1 |
                ResponsesAPIRequestToolChoiceType2 | ResponsesAPIRequestToolChoiceType3 | Unset): Controls which tool is called
                by the model.
            web_search (bool | Unset): Enable web search for this request.
            stream (bool | Unset): Whether to stream back partial progress.
            venice_parameters (ResponsesAPIRequestVeniceParameters | Unset):
    """

    model: str
    input_: (
        list[
            ResponsesAPIRequestFunctionCall
            | ResponsesAPIRequestFunctionCallOutput
            | ResponsesAPIRequestInputMessage
            | ResponsesAPIRequestInputMessageFlexible
            | ResponsesAPIRequestItemReference
            | ResponsesAPIRequestReasoning
        ]
        | str
    )
    include: list[str] | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    fallbacks: list[ResponsesAPIRequestFallbacksItem] | Unset = UNSET
    reasoning: None | ResponsesAPIRequestReasoningConfiguration | Unset = UNSET
    tools: (
        list[
            ResponsesAPIRequestCodeInterpreterTool
            | ResponsesAPIRequestComputerUseTool
            | ResponsesAPIRequestFileSearchTool
            | ResponsesAPIRequestFunctionTool
            | ResponsesAPIRequestGenericTool
            | ResponsesAPIRequestWebSearchTool
            | ResponsesAPIRequestXSearchTool
        ]
        | Unset
    ) = UNSET
    tool_choice: (
        ResponsesAPIRequestToolChoiceType0
        | ResponsesAPIRequestToolChoiceType1
        | ResponsesAPIRequestToolChoiceType2
        | ResponsesAPIRequestToolChoiceType3
        | Unset
    ) = UNSET
    web_search: bool | Unset = UNSET
    stream: bool | Unset = UNSET
    venice_parameters: ResponsesAPIRequestVeniceParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.responses_api_request_code_interpreter_tool import (
            ResponsesAPIRequestCodeInterpreterTool,
        )
        from ..models.responses_api_request_computer_use_tool import (
            ResponsesAPIRequestComputerUseTool,
        )
        from ..models.responses_api_request_file_search_tool import (
            ResponsesAPIRequestFileSearchTool,
        )
        from ..models.responses_api_request_function_call import (
            ResponsesAPIRequestFunctionCall,
        )
        from ..models.responses_api_request_function_call_output import (
            ResponsesAPIRequestFunctionCallOutput,
        )
        from ..models.responses_api_request_function_tool import (
            ResponsesAPIRequestFunctionTool,
        )
        from ..models.responses_api_request_input_message import (
            ResponsesAPIRequestInputMessage,
        )
        from ..models.responses_api_request_input_message_flexible import (
            ResponsesAPIRequestInputMessageFlexible,
        )
        from ..models.responses_api_request_reasoning import (
            ResponsesAPIRequestReasoning,
        )
        from ..models.responses_api_request_reasoning_configuration import (
            ResponsesAPIRequestReasoningConfiguration,
        )
        from ..models.responses_api_request_web_search_tool import (
            ResponsesAPIRequestWebSearchTool,
        )
        from ..models.responses_api_request_x_search_tool import (
            ResponsesAPIRequestXSearchTool,
        )

        model = self.model

        input_: list[dict[str, Any]] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item: dict[str, Any]
                if (
                    isinstance(input_type_1_item_data, ResponsesAPIRequestInputMessage)
                    or isinstance(
                        input_type_1_item_data, ResponsesAPIRequestInputMessageFlexible
                    )
                    or isinstance(input_type_1_item_data, ResponsesAPIRequestReasoning)
                    or isinstance(
                        input_type_1_item_data, ResponsesAPIRequestFunctionCall
                    )
                    or isinstance(
                        input_type_1_item_data, ResponsesAPIRequestFunctionCallOutput
                    )
                ):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data.to_dict()

                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        max_output_tokens = self.max_output_tokens

        temperature = self.temperature

        top_p = self.top_p

        fallbacks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fallbacks, Unset):
            fallbacks = []
            for fallbacks_item_data in self.fallbacks:
                fallbacks_item = fallbacks_item_data.to_dict()
                fallbacks.append(fallbacks_item)

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ResponsesAPIRequestReasoningConfiguration):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if (
                    isinstance(tools_item_data, ResponsesAPIRequestFunctionTool)
                    or isinstance(tools_item_data, ResponsesAPIRequestWebSearchTool)
                    or isinstance(tools_item_data, ResponsesAPIRequestXSearchTool)
                    or isinstance(
                        tools_item_data, ResponsesAPIRequestCodeInterpreterTool
                    )
                    or isinstance(tools_item_data, ResponsesAPIRequestFileSearchTool)
                    or isinstance(tools_item_data, ResponsesAPIRequestComputerUseTool)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif (
            isinstance(self.tool_choice, str)
            or isinstance(self.tool_choice, str)
            or isinstance(self.tool_choice, str)
        ):
            tool_choice = self.tool_choice
        else:
            tool_choice = self.tool_choice.to_dict()

        web_search = self.web_search

        stream = self.stream

        venice_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.venice_parameters, Unset):
            venice_parameters = self.venice_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if include is not UNSET:
            field_dict["include"] = include
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if fallbacks is not UNSET:
            field_dict["fallbacks"] = fallbacks
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if web_search is not UNSET:
            field_dict["web_search"] = web_search
        if stream is not UNSET:
            field_dict["stream"] = stream
        if venice_parameters is not UNSET:
            field_dict["venice_parameters"] = venice_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_request_code_interpreter_tool import (
            ResponsesAPIRequestCodeInterpreterTool,
        )
        from ..models.responses_api_request_computer_use_tool import (
            ResponsesAPIRequestComputerUseTool,
        )
        from ..models.responses_api_request_fallbacks_item import (
            ResponsesAPIRequestFallbacksItem,
        )
        from ..models.responses_api_request_file_search_tool import (
            ResponsesAPIRequestFileSearchTool,
        )
        from ..models.responses_api_request_function_call import (
            ResponsesAPIRequestFunctionCall,
        )
        from ..models.responses_api_request_function_call_output import (
            ResponsesAPIRequestFunctionCallOutput,
        )
        from ..models.responses_api_request_function_tool import (
            ResponsesAPIRequestFunctionTool,
        )
        from ..models.responses_api_request_generic_tool import (
            ResponsesAPIRequestGenericTool,
        )
        from ..models.responses_api_request_input_message import (
            ResponsesAPIRequestInputMessage,
        )
        from ..models.responses_api_request_input_message_flexible import (
            ResponsesAPIRequestInputMessageFlexible,
        )
        from ..models.responses_api_request_item_reference import (
            ResponsesAPIRequestItemReference,
        )
        from ..models.responses_api_request_reasoning import (
            ResponsesAPIRequestReasoning,
        )
        from ..models.responses_api_request_reasoning_configuration import (
            ResponsesAPIRequestReasoningConfiguration,
        )
        from ..models.responses_api_request_tool_choice_type_3 import (
            ResponsesAPIRequestToolChoiceType3,
        )
        from ..models.responses_api_request_venice_parameters import (
            ResponsesAPIRequestVeniceParameters,
        )
        from ..models.responses_api_request_web_search_tool import (
            ResponsesAPIRequestWebSearchTool,
        )
        from ..models.responses_api_request_x_search_tool import (
            ResponsesAPIRequestXSearchTool,
        )

        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input_(
            data: object,
        ) -> (
            list[
                ResponsesAPIRequestFunctionCall
                | ResponsesAPIRequestFunctionCallOutput
                | ResponsesAPIRequestInputMessage
                | ResponsesAPIRequestInputMessageFlexible
                | ResponsesAPIRequestItemReference
                | ResponsesAPIRequestReasoning
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:

                    def _parse_input_type_1_item(
                        data: object,
                    ) -> (
                        ResponsesAPIRequestFunctionCall
                        | ResponsesAPIRequestFunctionCallOutput
                        | ResponsesAPIRequestInputMessage
                        | ResponsesAPIRequestInputMessageFlexible
                        | ResponsesAPIRequestItemReference
                        | ResponsesAPIRequestReasoning
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_input_message = (
                                ResponsesAPIRequestInputMessage.from_dict(data)
                            )

                            return input_type_1_item_input_message
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_input_message_flexible = (
                                ResponsesAPIRequestInputMessageFlexible.from_dict(data)
                            )

                            return input_type_1_item_input_message_flexible
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_reasoning = (
                                ResponsesAPIRequestReasoning.from_dict(data)
                            )

                            return input_type_1_item_reasoning
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_function_call = (
                                ResponsesAPIRequestFunctionCall.from_dict(data)
                            )

                            return input_type_1_item_function_call
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_function_call_output = (
                                ResponsesAPIRequestFunctionCallOutput.from_dict(data)
                            )

                            return input_type_1_item_function_call_output
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        input_type_1_item_item_reference = (
                            ResponsesAPIRequestItemReference.from_dict(data)
                        )

                        return input_type_1_item_item_reference

                    input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ResponsesAPIRequestFunctionCall
                    | ResponsesAPIRequestFunctionCallOutput
                    | ResponsesAPIRequestInputMessage
                    | ResponsesAPIRequestInputMessageFlexible
                    | ResponsesAPIRequestItemReference
                    | ResponsesAPIRequestReasoning
                ]
                | str,
                data,
            )

        input_ = _parse_input_(d.pop("input"))

        include = cast(list[str], d.pop("include", UNSET))

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        _fallbacks = d.pop("fallbacks", UNSET)
        fallbacks: list[ResponsesAPIRequestFallbacksItem] | Unset = UNSET
        if _fallbacks is not UNSET:
            fallbacks = []
            for fallbacks_item_data in _fallbacks:
                fallbacks_item = ResponsesAPIRequestFallbacksItem.from_dict(
                    fallbacks_item_data
                )

                fallbacks.append(fallbacks_item)

        def _parse_reasoning(
            data: object,
        ) -> None | ResponsesAPIRequestReasoningConfiguration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ResponsesAPIRequestReasoningConfiguration.from_dict(
                    data
                )

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIRequestReasoningConfiguration | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                ResponsesAPIRequestCodeInterpreterTool
                | ResponsesAPIRequestComputerUseTool
                | ResponsesAPIRequestFileSearchTool
                | ResponsesAPIRequestFunctionTool
                | ResponsesAPIRequestGenericTool
                | ResponsesAPIRequestWebSearchTool
                | ResponsesAPIRequestXSearchTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    ResponsesAPIRequestCodeInterpreterTool
                    | ResponsesAPIRequestComputerUseTool
                    | ResponsesAPIRequestFileSearchTool
                    | ResponsesAPIRequestFunctionTool
                    | ResponsesAPIRequestGenericTool
                    | ResponsesAPIRequestWebSearchTool
                    | ResponsesAPIRequestXSearchTool
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_function_tool = (
                            ResponsesAPIRequestFunctionTool.from_dict(data)
                        )

                        return tools_item_function_tool
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_web_search_tool = (
                            ResponsesAPIRequestWebSearchTool.from_dict(data)
                        )

                        return tools_item_web_search_tool
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_x_search_tool = (
                            ResponsesAPIRequestXSearchTool.from_dict(data)
                        )

                        return tools_item_x_search_tool
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_code_interpreter_tool = (
                            ResponsesAPIRequestCodeInterpreterTool.from_dict(data)
                        )

                        return tools_item_code_interpreter_tool
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_file_search_tool = (
                            ResponsesAPIRequestFileSearchTool.from_dict(data)
                        )

                        return tools_item_file_search_tool
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_computer_use_tool = (
                            ResponsesAPIRequestComputerUseTool.from_dict(data)
                        )

                        return tools_item_computer_use_tool
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_generic_tool = ResponsesAPIRequestGenericTool.from_dict(
                        data
                    )

                    return tools_item_generic_tool

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            ResponsesAPIRequestToolChoiceType0
            | ResponsesAPIRequestToolChoiceType1
            | ResponsesAPIRequestToolChoiceType2
            | ResponsesAPIRequestToolChoiceType3
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = check_responses_api_request_tool_choice_type_0(
                    data
                )

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_1 = check_responses_api_request_tool_choice_type_1(
                    data
                )

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_2 = check_responses_api_request_tool_choice_type_2(
                    data
                )

                return tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_3 = ResponsesAPIRequestToolChoiceType3.from_dict(data)

            return tool_choice_type_3

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        web_search = d.pop("web_search", UNSET)

        stream = d.pop("stream", UNSET)

        _venice_parameters = d.pop("venice_parameters", UNSET)
        venice_parameters: ResponsesAPIRequestVeniceParameters | Unset
        if isinstance(_venice_parameters, Unset):
            venice_parameters = UNSET
        else:
            venice_parameters = ResponsesAPIRequestVeniceParameters.from_dict(
                _venice_parameters
            )

        responses_api_request = cls(
            model=model,
            input_=input_,
            include=include,
            max_output_tokens=max_output_tokens,
            temperature=temperature,
            top_p=top_p,
            fallbacks=fallbacks,
            reasoning=reasoning,
            tools=tools,
            tool_choice=tool_choice,
            web_search=web_search,
            stream=stream,
            venice_parameters=venice_parameters,
        )

        responses_api_request.additional_properties = d
        return responses_api_request

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
