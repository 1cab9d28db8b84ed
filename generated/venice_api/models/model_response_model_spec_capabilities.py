from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.model_response_model_spec_capabilities_default_reasoning_effort import (
    ModelResponseModelSpecCapabilitiesDefaultReasoningEffort,
    check_model_response_model_spec_capabilities_default_reasoning_effort,
)
from ..models.model_response_model_spec_capabilities_quantization import (
    ModelResponseModelSpecCapabilitiesQuantization,
    check_model_response_model_spec_capabilities_quantization,
)
from ..models.model_response_model_spec_capabilities_reasoning_effort_options_item import (
    ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem,
    check_model_response_model_spec_capabilities_reasoning_effort_options_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelResponseModelSpecCapabilities")


@_attrs_define
class ModelResponseModelSpecCapabilities:
    """Text model specific capabilities.

    Attributes:
        optimized_for_code (bool): Is the LLM optimized for coding? Example: True.
        quantization (ModelResponseModelSpecCapabilitiesQuantization): The quantization type of the running model.
            Example: fp8.
        supports_function_calling (bool): Does the LLM model support function calling? Example: True.
        supports_audio_input (bool): Does the LLM support audio input? Example: False.
        supports_reasoning (bool): Does the model support reasoning with <thinking> blocks of output. Example: True.
        supports_reasoning_effort (bool): Does the model support the reasoning_effort parameter to control reasoning
            depth. Example: True.
        supports_response_schema (bool): Does the LLM model support response schema? Only models that support function
            calling can support response_schema. Example: True.
        supports_multiple_images (bool): Does the LLM support multiple images in a single request? Only applicable when
            supportsVision is true. Example: True.
        supports_vision (bool): Does the LLM support vision? Example: True.
        supports_video_input (bool): Does the LLM support video input? Example: True.
        supports_web_search (bool): Does the LLM model support web search? Example: True.
        supports_log_probs (bool): Does the LLM model support logprobs parameter? Example: True.
        supports_tee_attestation (bool): Does the model run inside a Trusted Execution Environment (TEE) with hardware
            attestation? When true, use GET /tee/attestation and GET /tee/signature to cryptographically verify that
            inference occurred inside a genuine TEE. Example: False.
        supports_e2ee (bool): Does the model support End-to-End Encryption (E2EE)? When true, clients can encrypt
            prompts using the TEE public key from attestation, and responses are returned encrypted. Requires
            supportsTeeAttestation to also be true. Example: False.
        supports_x_search (bool): Does the model support xAI's native X Search (web + X/Twitter search)? When true, you
            can use venice_parameters.enable_x_search to activate real-time search powered by xAI. Example: False.
        reasoning_effort_options (list[ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem] | Unset): Supported
            reasoning_effort values for this model. Only present when supportsReasoningEffort is true. The "none" option
            means reasoning can be disabled. Example: ['none', 'low', 'medium', 'high'].
        default_reasoning_effort (ModelResponseModelSpecCapabilitiesDefaultReasoningEffort | Unset): Default
            reasoning_effort value used when the request does not specify one. Only present when supportsReasoningEffort is
            true. Example: medium.
        max_images (float | Unset): Maximum number of images supported per request. Only present when
            supportsMultipleImages is true. Example: 10.
        max_videos (float | Unset): Maximum number of video attachments supported per chat request. Only present when
            supportsVideoInput is true. Example: 4.
    """

    optimized_for_code: bool
    quantization: ModelResponseModelSpecCapabilitiesQuantization
    supports_function_calling: bool
    supports_audio_input: bool
    supports_reasoning: bool
    supports_reasoning_effort: bool
    supports_response_schema: bool
    supports_multiple_images: bool
    supports_vision: bool
    supports_video_input: bool
    supports_web_search: bool
    supports_log_probs: bool
    supports_tee_attestation: bool
    supports_e2ee: bool
    supports_x_search: bool
    reasoning_effort_options: (
        list[ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem] | Unset
    ) = UNSET
    default_reasoning_effort: (
        ModelResponseModelSpecCapabilitiesDefaultReasoningEffort | Unset
    ) = UNSET
    max_images: float | Unset = UNSET
    max_videos: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        optimized_for_code = self.optimized_for_code

        quantization: str = self.quantization

        supports_function_calling = self.supports_function_calling

        supports_audio_input = self.supports_audio_input

        supports_reasoning = self.supports_reasoning

        supports_reasoning_effort = self.supports_reasoning_effort

        supports_response_schema = self.supports_response_schema

        supports_multiple_images = self.supports_multiple_images

        supports_vision = self.supports_vision

        supports_video_input = self.supports_video_input

        supports_web_search = self.supports_web_search

        supports_log_probs = self.supports_log_probs

        supports_tee_attestation = self.supports_tee_attestation

        supports_e2ee = self.supports_e2ee

        supports_x_search = self.supports_x_search

        reasoning_effort_options: list[str] | Unset = UNSET
        if not isinstance(self.reasoning_effort_options, Unset):
            reasoning_effort_options = []
            for reasoning_effort_options_item_data in self.reasoning_effort_options:
                reasoning_effort_options_item: str = reasoning_effort_options_item_data
                reasoning_effort_options.append(reasoning_effort_options_item)

        default_reasoning_effort: str | Unset = UNSET
        if not isinstance(self.default_reasoning_effort, Unset):
            default_reasoning_effort = self.default_reasoning_effort

        max_images = self.max_images

        max_videos = self.max_videos

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "optimizedForCode": optimized_for_code,
                "quantization": quantization,
                "supportsFunctionCalling": supports_function_calling,
                "supportsAudioInput": supports_audio_input,
                "supportsReasoning": supports_reasoning,
                "supportsReasoningEffort": supports_reasoning_effort,
                "supportsResponseSchema": supports_response_schema,
                "supportsMultipleImages": supports_multiple_images,
                "supportsVision": supports_vision,
                "supportsVideoInput": supports_video_input,
                "supportsWebSearch": supports_web_search,
                "supportsLogProbs": supports_log_probs,
                "supportsTeeAttestation": supports_tee_attestation,
                "supportsE2EE": supports_e2ee,
                "supportsXSearch": supports_x_search,
            }
        )
        if reasoning_effort_options is not UNSET:
            field_dict["reasoningEffortOptions"] = reasoning_effort_options
        if default_reasoning_effort is not UNSET:
            field_dict["defaultReasoningEffort"] = default_reasoning_effort
        if max_images is not UNSET:
            field_dict["maxImages"] = max_images
        if max_videos is not UNSET:
            field_dict["maxVideos"] = max_videos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        optimized_for_code = d.pop("optimizedForCode")

        quantization = check_model_response_model_spec_capabilities_quantization(
            d.pop("quantization")
        )

        supports_function_calling = d.pop("supportsFunctionCalling")

        supports_audio_input = d.pop("supportsAudioInput")

        supports_reasoning = d.pop("supportsReasoning")

        supports_reasoning_effort = d.pop("supportsReasoningEffort")

        supports_response_schema = d.pop("supportsResponseSchema")

        supports_multiple_images = d.pop("supportsMultipleImages")

        supports_vision = d.pop("supportsVision")

        supports_video_input = d.pop("supportsVideoInput")

        supports_web_search = d.pop("supportsWebSearch")

        supports_log_probs = d.pop("supportsLogProbs")

        supports_tee_attestation = d.pop("supportsTeeAttestation")

        supports_e2ee = d.pop("supportsE2EE")

        supports_x_search = d.pop("supportsXSearch")

        _reasoning_effort_options = d.pop("reasoningEffortOptions", UNSET)
        reasoning_effort_options: (
            list[ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem] | Unset
        ) = UNSET
        if _reasoning_effort_options is not UNSET:
            reasoning_effort_options = []
            for reasoning_effort_options_item_data in _reasoning_effort_options:
                reasoning_effort_options_item = check_model_response_model_spec_capabilities_reasoning_effort_options_item(
                    reasoning_effort_options_item_data
                )

                reasoning_effort_options.append(reasoning_effort_options_item)

        _default_reasoning_effort = d.pop("defaultReasoningEffort", UNSET)
        default_reasoning_effort: (
            ModelResponseModelSpecCapabilitiesDefaultReasoningEffort | Unset
        )
        if isinstance(_default_reasoning_effort, Unset):
            default_reasoning_effort = UNSET
        else:
            default_reasoning_effort = (
                check_model_response_model_spec_capabilities_default_reasoning_effort(
                    _default_reasoning_effort
                )
            )

        max_images = d.pop("maxImages", UNSET)

        max_videos = d.pop("maxVideos", UNSET)

        model_response_model_spec_capabilities = cls(
            optimized_for_code=optimized_for_code,
            quantization=quantization,
            supports_function_calling=supports_function_calling,
            supports_audio_input=supports_audio_input,
            supports_reasoning=supports_reasoning,
            supports_reasoning_effort=supports_reasoning_effort,
            supports_response_schema=supports_response_schema,
            supports_multiple_images=supports_multiple_images,
            supports_vision=supports_vision,
            supports_video_input=supports_video_input,
            supports_web_search=supports_web_search,
            supports_log_probs=supports_log_probs,
            supports_tee_attestation=supports_tee_attestation,
            supports_e2ee=supports_e2ee,
            supports_x_search=supports_x_search,
            reasoning_effort_options=reasoning_effort_options,
            default_reasoning_effort=default_reasoning_effort,
            max_images=max_images,
            max_videos=max_videos,
        )

        return model_response_model_spec_capabilities
