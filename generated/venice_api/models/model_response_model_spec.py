from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_response_model_spec_privacy import (
    ModelResponseModelSpecPrivacy,
    check_model_response_model_spec_privacy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec_asr_model_pricing import (
        ModelResponseModelSpecASRModelPricing,
    )
    from ..models.model_response_model_spec_capabilities import (
        ModelResponseModelSpecCapabilities,
    )
    from ..models.model_response_model_spec_deprecation import (
        ModelResponseModelSpecDeprecation,
    )
    from ..models.model_response_model_spec_image_model_constraints import (
        ModelResponseModelSpecImageModelConstraints,
    )
    from ..models.model_response_model_spec_image_model_pricing import (
        ModelResponseModelSpecImageModelPricing,
    )
    from ..models.model_response_model_spec_inpaint_model_constraints import (
        ModelResponseModelSpecInpaintModelConstraints,
    )
    from ..models.model_response_model_spec_inpaint_model_pricing import (
        ModelResponseModelSpecInpaintModelPricing,
    )
    from ..models.model_response_model_spec_llm_model_pricing import (
        ModelResponseModelSpecLLMModelPricing,
    )
    from ..models.model_response_model_spec_pricing_type_5 import (
        ModelResponseModelSpecPricingType5,
    )
    from ..models.model_response_model_spec_pricing_type_6 import (
        ModelResponseModelSpecPricingType6,
    )
    from ..models.model_response_model_spec_pricing_type_7 import (
        ModelResponseModelSpecPricingType7,
    )
    from ..models.model_response_model_spec_pricing_type_8 import (
        ModelResponseModelSpecPricingType8,
    )
    from ..models.model_response_model_spec_text_model_constraints import (
        ModelResponseModelSpecTextModelConstraints,
    )
    from ..models.model_response_model_spec_tts_model_pricing import (
        ModelResponseModelSpecTTSModelPricing,
    )
    from ..models.model_response_model_spec_tts_voice_cloning import (
        ModelResponseModelSpecTTSVoiceCloning,
    )
    from ..models.model_response_model_spec_video_model_constraints import (
        ModelResponseModelSpecVideoModelConstraints,
    )


T = TypeVar("T", bound="ModelResponseModelSpec")


@_attrs_define
class ModelResponseModelSpec:
    """
    Attributes:
        privacy (ModelResponseModelSpecPrivacy): The privacy mode of the model. Private models have zero data retention.
            Anonymized models Venice can not guarantee privacy on, but requests are not affiliated with a user Example:
            private.
        name (str): The name of the model. Example: Gemini 3.6 Flash.
        traits (list[str]): Traits that apply to this model. You can specify a trait to auto-select a model vs.
            specifying the model ID in your request to avoid breakage as Venice updates and iterates on its models. Example:
            ['default_code'].
        available_context_tokens (float | Unset): The context length supported by the model. Only applicable for text
            models. Example: 1000000.
        max_completion_tokens (float | Unset): The maximum number of completion tokens the model can generate. Use this
            to know the upper bound for the max_completion_tokens request parameter. Only applicable for text models.
            Example: 65536.
        beta (bool | Unset): Is this model restricted to beta users only? If true, only users with beta access can use
            this model Example: False.
        beta_model (bool | Unset): Is this model in beta status? Example: False.
        region_restrictions (list[str] | Unset): Country codes where this model is intended to be available. Only
            present for models with region restrictions metadata. Example: ['US'].
        deprecation (ModelResponseModelSpecDeprecation | Unset): Deprecation information for the model. Only present for
            models scheduled to be retired Example: {'autoRemap': False, 'date': '2025-03-01T00:00:00.000Z', 'removesAt':
            '2025-03-01T00:00:00.000Z'}.
        capabilities (ModelResponseModelSpecCapabilities | Unset): Text model specific capabilities.
        constraints (ModelResponseModelSpecImageModelConstraints | ModelResponseModelSpecInpaintModelConstraints |
            ModelResponseModelSpecTextModelConstraints | ModelResponseModelSpecVideoModelConstraints | Unset): Constraints
            that apply to this model.
        supports_style_references (bool | Unset): Whether this image model accepts `style_references` on POST
            /image/generate. Only present for image models. Example: True.
        description (str | Unset): A human-readable description of the model and its capabilities. Example: Balanced
            blend of speed and capability. Handles most everyday tasks with reliability..
        model_source (str | Unset): The source of the model, such as a URL to the model repository.
        offline (bool | Unset): Is this model presently offline? Default: False. Example: False.
        pricing (ModelResponseModelSpecASRModelPricing | ModelResponseModelSpecImageModelPricing |
            ModelResponseModelSpecInpaintModelPricing | ModelResponseModelSpecLLMModelPricing |
            ModelResponseModelSpecPricingType5 | ModelResponseModelSpecPricingType6 | ModelResponseModelSpecPricingType7 |
            ModelResponseModelSpecPricingType8 | ModelResponseModelSpecTTSModelPricing | Unset): Pricing details for the
            model
        uncensored (bool | Unset): Present and true when Venice classifies this model as uncensored, meaning it applies
            minimal content-based filtering. Covers every modality, including the video models listed under the `uncensored`
            model set. Absent for all other models. Upstream providers may still apply their own filtering. Example: True.
        embedding_dimensions (float | Unset): The native/default number of dimensions in the output embedding vector.
            Only present for embedding models. Example: 1024.
        max_input_tokens (float | Unset): Maximum number of input tokens the model accepts per input string. Only
            present for embedding models. Example: 8192.
        supports_custom_dimensions (bool | Unset): Whether the model supports reducing output dimensions via the
            `dimensions` request parameter. Only present for embedding models that support it. Example: True.
        supports_lyrics (bool | Unset): Whether this audio-generation model supports lyrics input. Example: True.
        lyrics_required (bool | Unset): Whether lyrics input is required for this audio-generation model. Example:
            False.
        supports_force_instrumental (bool | Unset): Whether this audio-generation model supports the force_instrumental
            request parameter. Example: True.
        supports_loop (bool | Unset): Whether this audio-generation model supports the loop request parameter. Example:
            True.
        voices (list[str] | Unset): The voices available for this model. Applicable for TTS models and voice-enabled
            music models. Note: each model has its own set of supported voices. Example: ['Achernar', 'Achird', 'Aiden',
            'Alex', 'Algenib'].
        voice_cloning (ModelResponseModelSpecTTSVoiceCloning | Unset): Voice-cloning capability. Only present for TTS
            models whose cloning endpoint is available to the caller — pass the model to POST /v1/audio/voices to mint a
            `vv_<id>` voice handle, then pass that handle back as the `voice` parameter on POST /v1/audio/speech alongside
            the same `model`.
        default_voice (str | Unset): Default voice for voice-enabled music models. Example: Aria.
        supports_custom_voice_id (bool | Unset): Whether this model accepts a caller-supplied provider Voice ID in the
            `voice` parameter in addition to its curated `voices` (e.g. paste an ElevenLabs Voice ID). Example: True.
        supports_language_code (bool | Unset): Whether this music model supports an ISO 639-1 language_code parameter.
            Example: True.
        supports_speed (bool | Unset): Whether this music model supports speed adjustment. Example: True.
        default_speed (float | Unset): Default speed multiplier for this music model. Example: 1.
        min_speed (float | Unset): Minimum speed multiplier for this music model. Example: 0.25.
        max_speed (float | Unset): Maximum speed multiplier for this music model. Example: 4.
        duration_options (list[float] | Unset): Available duration options in seconds for this music model. Example:
            [60, 120, 180, 240].
        min_duration (float | Unset): Minimum duration in seconds for this music model. Example: 60.
        max_duration (float | Unset): Maximum duration in seconds for this music model. Example: 240.
        default_duration (float | Unset): Default duration in seconds for this music model. Example: 60.
        supported_formats (list[str] | Unset): Supported output audio formats for this TTS or music model. An explicit
            format outside this list is rejected by the corresponding generation endpoint. Example: ['mp3', 'wav'].
        default_format (str | Unset): Output audio format used when the request omits a format. Applicable to TTS and
            music models. Example: mp3.
        prompt_character_limit (float | Unset): Maximum prompt character limit for this music model. Example: 500.
        min_prompt_length (float | Unset): Minimum prompt length for this music model. Example: 1.
        lyrics_character_limit (float | Unset): Maximum lyrics character limit for this music model. Example: 3000.
    """

    privacy: ModelResponseModelSpecPrivacy
    name: str
    traits: list[str]
    available_context_tokens: float | Unset = UNSET
    max_completion_tokens: float | Unset = UNSET
    beta: bool | Unset = UNSET
    beta_model: bool | Unset = UNSET
    region_restrictions: list[str] | Unset = UNSET
    deprecation: ModelResponseModelSpecDeprecation | Unset = UNSET
    capabilities: ModelResponseModelSpecCapabilities | Unset = UNSET
    constraints: (
        ModelResponseModelSpecImageModelConstraints
        | ModelResponseModelSpecInpaintModelConstraints
        | ModelResponseModelSpecTextModelConstraints
        | ModelResponseModelSpecVideoModelConstraints
        | Unset
    ) = UNSET
    supports_style_references: bool | Unset = UNSET
    description: str | Unset = UNSET
    model_source: str | Unset = UNSET
    offline: bool | Unset = False
    pricing: (
        ModelResponseModelSpecASRModelPricing
        | ModelResponseModelSpecImageModelPricing
        | ModelResponseModelSpecInpaintModelPricing
        | ModelResponseModelSpecLLMModelPricing
        | ModelResponseModelSpecPricingType5
        | ModelResponseModelSpecPricingType6
        | ModelResponseModelSpecPricingType7
        | ModelResponseModelSpecPricingType8
        | ModelResponseModelSpecTTSModelPricing
        | Unset
    ) = UNSET
    uncensored: bool | Unset = UNSET
    embedding_dimensions: float | Unset = UNSET
    max_input_tokens: float | Unset = UNSET
    supports_custom_dimensions: bool | Unset = UNSET
    supports_lyrics: bool | Unset = UNSET
    lyrics_required: bool | Unset = UNSET
    supports_force_instrumental: bool | Unset = UNSET
    supports_loop: bool | Unset = UNSET
    voices: list[str] | Unset = UNSET
    voice_cloning: ModelResponseModelSpecTTSVoiceCloning | Unset = UNSET
    default_voice: str | Unset = UNSET
    supports_custom_voice_id: bool | Unset = UNSET
    supports_language_code: bool | Unset = UNSET
    supports_speed: bool | Unset = UNSET
    default_speed: float | Unset = UNSET
    min_speed: float | Unset = UNSET
    max_speed: float | Unset = UNSET
    duration_options: list[float] | Unset = UNSET
    min_duration: float | Unset = UNSET
    max_duration: float | Unset = UNSET
    default_duration: float | Unset = UNSET
    supported_formats: list[str] | Unset = UNSET
    default_format: str | Unset = UNSET
    prompt_character_limit: float | Unset = UNSET
    min_prompt_length: float | Unset = UNSET
    lyrics_character_limit: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_response_model_spec_asr_model_pricing import (
            ModelResponseModelSpecASRModelPricing,
        )
        from ..models.model_response_model_spec_image_model_constraints import (
            ModelResponseModelSpecImageModelConstraints,
        )
        from ..models.model_response_model_spec_image_model_pricing import (
            ModelResponseModelSpecImageModelPricing,
        )
        from ..models.model_response_model_spec_inpaint_model_pricing import (
            ModelResponseModelSpecInpaintModelPricing,
        )
        from ..models.model_response_model_spec_llm_model_pricing import (
            ModelResponseModelSpecLLMModelPricing,
        )
        from ..models.model_response_model_spec_pricing_type_5 import (
            ModelResponseModelSpecPricingType5,
        )
        from ..models.model_response_model_spec_pricing_type_6 import (
            ModelResponseModelSpecPricingType6,
        )
        from ..models.model_response_model_spec_pricing_type_7 import (
            ModelResponseModelSpecPricingType7,
        )
        from ..models.model_response_model_spec_text_model_constraints import (
            ModelResponseModelSpecTextModelConstraints,
        )
        from ..models.model_response_model_spec_tts_model_pricing import (
            ModelResponseModelSpecTTSModelPricing,
        )
        from ..models.model_response_model_spec_video_model_constraints import (
            ModelResponseModelSpecVideoModelConstraints,
        )

        privacy: str = self.privacy

        name = self.name

        traits = self.traits

        available_context_tokens = self.available_context_tokens

        max_completion_tokens = self.max_completion_tokens

        beta = self.beta

        beta_model = self.beta_model

        region_restrictions: list[str] | Unset = UNSET
        if not isinstance(self.region_restrictions, Unset):
            region_restrictions = self.region_restrictions

        deprecation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deprecation, Unset):
            deprecation = self.deprecation.to_dict()

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        constraints: dict[str, Any] | Unset
        if isinstance(self.constraints, Unset):
            constraints = UNSET
        elif (
            isinstance(self.constraints, ModelResponseModelSpecImageModelConstraints)
            or isinstance(self.constraints, ModelResponseModelSpecTextModelConstraints)
            or isinstance(self.constraints, ModelResponseModelSpecVideoModelConstraints)
        ):
            constraints = self.constraints.to_dict()
        else:
            constraints = self.constraints.to_dict()

        supports_style_references = self.supports_style_references

        description = self.description

        model_source = self.model_source

        offline = self.offline

        pricing: dict[str, Any] | Unset
        if isinstance(self.pricing, Unset):
            pricing = UNSET
        elif (
            isinstance(self.pricing, ModelResponseModelSpecLLMModelPricing)
            or isinstance(self.pricing, ModelResponseModelSpecImageModelPricing)
            or isinstance(self.pricing, ModelResponseModelSpecTTSModelPricing)
            or isinstance(self.pricing, ModelResponseModelSpecASRModelPricing)
            or isinstance(self.pricing, ModelResponseModelSpecInpaintModelPricing)
            or isinstance(self.pricing, ModelResponseModelSpecPricingType5)
            or isinstance(self.pricing, ModelResponseModelSpecPricingType6)
            or isinstance(self.pricing, ModelResponseModelSpecPricingType7)
        ):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing.to_dict()

        uncensored = self.uncensored

        embedding_dimensions = self.embedding_dimensions

        max_input_tokens = self.max_input_tokens

        supports_custom_dimensions = self.supports_custom_dimensions

        supports_lyrics = self.supports_lyrics

        lyrics_required = self.lyrics_required

        supports_force_instrumental = self.supports_force_instrumental

        supports_loop = self.supports_loop

        voices: list[str] | Unset = UNSET
        if not isinstance(self.voices, Unset):
            voices = self.voices

        voice_cloning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_cloning, Unset):
            voice_cloning = self.voice_cloning.to_dict()

        default_voice = self.default_voice

        supports_custom_voice_id = self.supports_custom_voice_id

        supports_language_code = self.supports_language_code

        supports_speed = self.supports_speed

        default_speed = self.default_speed

        min_speed = self.min_speed

        max_speed = self.max_speed

        duration_options: list[float] | Unset = UNSET
        if not isinstance(self.duration_options, Unset):
            duration_options = self.duration_options

        min_duration = self.min_duration

        max_duration = self.max_duration

        default_duration = self.default_duration

        supported_formats: list[str] | Unset = UNSET
        if not isinstance(self.supported_formats, Unset):
            supported_formats = self.supported_formats

        default_format = self.default_format

        prompt_character_limit = self.prompt_character_limit

        min_prompt_length = self.min_prompt_length

        lyrics_character_limit = self.lyrics_character_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "privacy": privacy,
                "name": name,
                "traits": traits,
            }
        )
        if available_context_tokens is not UNSET:
            field_dict["availableContextTokens"] = available_context_tokens
        if max_completion_tokens is not UNSET:
            field_dict["maxCompletionTokens"] = max_completion_tokens
        if beta is not UNSET:
            field_dict["beta"] = beta
        if beta_model is not UNSET:
            field_dict["betaModel"] = beta_model
        if region_restrictions is not UNSET:
            field_dict["regionRestrictions"] = region_restrictions
        if deprecation is not UNSET:
            field_dict["deprecation"] = deprecation
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if supports_style_references is not UNSET:
            field_dict["supportsStyleReferences"] = supports_style_references
        if description is not UNSET:
            field_dict["description"] = description
        if model_source is not UNSET:
            field_dict["modelSource"] = model_source
        if offline is not UNSET:
            field_dict["offline"] = offline
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if uncensored is not UNSET:
            field_dict["uncensored"] = uncensored
        if embedding_dimensions is not UNSET:
            field_dict["embeddingDimensions"] = embedding_dimensions
        if max_input_tokens is not UNSET:
            field_dict["maxInputTokens"] = max_input_tokens
        if supports_custom_dimensions is not UNSET:
            field_dict["supportsCustomDimensions"] = supports_custom_dimensions
        if supports_lyrics is not UNSET:
            field_dict["supports_lyrics"] = supports_lyrics
        if lyrics_required is not UNSET:
            field_dict["lyrics_required"] = lyrics_required
        if supports_force_instrumental is not UNSET:
            field_dict["supports_force_instrumental"] = supports_force_instrumental
        if supports_loop is not UNSET:
            field_dict["supports_loop"] = supports_loop
        if voices is not UNSET:
            field_dict["voices"] = voices
        if voice_cloning is not UNSET:
            field_dict["voice_cloning"] = voice_cloning
        if default_voice is not UNSET:
            field_dict["default_voice"] = default_voice
        if supports_custom_voice_id is not UNSET:
            field_dict["supports_custom_voice_id"] = supports_custom_voice_id
        if supports_language_code is not UNSET:
            field_dict["supports_language_code"] = supports_language_code
        if supports_speed is not UNSET:
            field_dict["supports_speed"] = supports_speed
        if default_speed is not UNSET:
            field_dict["default_speed"] = default_speed
        if min_speed is not UNSET:
            field_dict["min_speed"] = min_speed
        if max_speed is not UNSET:
            field_dict["max_speed"] = max_speed
        if duration_options is not UNSET:
            field_dict["duration_options"] = duration_options
        if min_duration is not UNSET:
            field_dict["min_duration"] = min_duration
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if default_duration is not UNSET:
            field_dict["default_duration"] = default_duration
        if supported_formats is not UNSET:
            field_dict["supported_formats"] = supported_formats
        if default_format is not UNSET:
            field_dict["default_format"] = default_format
        if prompt_character_limit is not UNSET:
            field_dict["prompt_character_limit"] = prompt_character_limit
        if min_prompt_length is not UNSET:
            field_dict["min_prompt_length"] = min_prompt_length
        if lyrics_character_limit is not UNSET:
            field_dict["lyrics_character_limit"] = lyrics_character_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_asr_model_pricing import (
            ModelResponseModelSpecASRModelPricing,
        )
        from ..models.model_response_model_spec_capabilities import (
            ModelResponseModelSpecCapabilities,
        )
        from ..models.model_response_model_spec_deprecation import (
            ModelResponseModelSpecDeprecation,
        )
        from ..models.model_response_model_spec_image_model_constraints import (
            ModelResponseModelSpecImageModelConstraints,
        )
        from ..models.model_response_model_spec_image_model_pricing import (
            ModelResponseModelSpecImageModelPricing,
        )
        from ..models.model_response_model_spec_inpaint_model_constraints import (
            ModelResponseModelSpecInpaintModelConstraints,
        )
        from ..models.model_response_model_spec_inpaint_model_pricing import (
            ModelResponseModelSpecInpaintModelPricing,
        )
        from ..models.model_response_model_spec_llm_model_pricing import (
            ModelResponseModelSpecLLMModelPricing,
        )
        from ..models.model_response_model_spec_pricing_type_5 import (
            ModelResponseModelSpecPricingType5,
        )
        from ..models.model_response_model_spec_pricing_type_6 import (
            ModelResponseModelSpecPricingType6,
        )
        from ..models.model_response_model_spec_pricing_type_7 import (
            ModelResponseModelSpecPricingType7,
        )
        from ..models.model_response_model_spec_pricing_type_8 import (
            ModelResponseModelSpecPricingType8,
        )
        from ..models.model_response_model_spec_text_model_constraints import (
            ModelResponseModelSpecTextModelConstraints,
        )
        from ..models.model_response_model_spec_tts_model_pricing import (
            ModelResponseModelSpecTTSModelPricing,
        )
        from ..models.model_response_model_spec_tts_voice_cloning import (
            ModelResponseModelSpecTTSVoiceCloning,
        )
        from ..models.model_response_model_spec_video_model_constraints import (
            ModelResponseModelSpecVideoModelConstraints,
        )

        d = dict(src_dict)
        privacy = check_model_response_model_spec_privacy(d.pop("privacy"))

        name = d.pop("name")

        traits = cast(list[str], d.pop("traits"))

        available_context_tokens = d.pop("availableContextTokens", UNSET)

        max_completion_tokens = d.pop("maxCompletionTokens", UNSET)

        beta = d.pop("beta", UNSET)

        beta_model = d.pop("betaModel", UNSET)

        region_restrictions = cast(list[str], d.pop("regionRestrictions", UNSET))

        _deprecation = d.pop("deprecation", UNSET)
        deprecation: ModelResponseModelSpecDeprecation | Unset
        if isinstance(_deprecation, Unset):
            deprecation = UNSET
        else:
            deprecation = ModelResponseModelSpecDeprecation.from_dict(_deprecation)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: ModelResponseModelSpecCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = ModelResponseModelSpecCapabilities.from_dict(_capabilities)

        def _parse_constraints(
            data: object,
        ) -> (
            ModelResponseModelSpecImageModelConstraints
            | ModelResponseModelSpecInpaintModelConstraints
            | ModelResponseModelSpecTextModelConstraints
            | ModelResponseModelSpecVideoModelConstraints
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                constraints_image_model_constraints = (
                    ModelResponseModelSpecImageModelConstraints.from_dict(data)
                )

                return constraints_image_model_constraints
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                constraints_text_model_constraints = (
                    ModelResponseModelSpecTextModelConstraints.from_dict(data)
                )

                return constraints_text_model_constraints
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                constraints_video_model_constraints = (
                    ModelResponseModelSpecVideoModelConstraints.from_dict(data)
                )

                return constraints_video_model_constraints
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            constraints_inpaint_model_constraints = (
                ModelResponseModelSpecInpaintModelConstraints.from_dict(data)
            )

            return constraints_inpaint_model_constraints

        constraints = _parse_constraints(d.pop("constraints", UNSET))

        supports_style_references = d.pop("supportsStyleReferences", UNSET)

        description = d.pop("description", UNSET)

        model_source = d.pop("modelSource", UNSET)

        offline = d.pop("offline", UNSET)

        def _parse_pricing(
            data: object,
        ) -> (
            ModelResponseModelSpecASRModelPricing
            | ModelResponseModelSpecImageModelPricing
            | ModelResponseModelSpecInpaintModelPricing
            | ModelResponseModelSpecLLMModelPricing
            | ModelResponseModelSpecPricingType5
            | ModelResponseModelSpecPricingType6
            | ModelResponseModelSpecPricingType7
            | ModelResponseModelSpecPricingType8
            | ModelResponseModelSpecTTSModelPricing
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_llm_model_pricing = (
                    ModelResponseModelSpecLLMModelPricing.from_dict(data)
                )

                return pricing_llm_model_pricing
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_image_model_pricing = (
                    ModelResponseModelSpecImageModelPricing.from_dict(data)
                )

                return pricing_image_model_pricing
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_tts_model_pricing = (
                    ModelResponseModelSpecTTSModelPricing.from_dict(data)
                )

                return pricing_tts_model_pricing
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_asr_model_pricing = (
                    ModelResponseModelSpecASRModelPricing.from_dict(data)
                )

                return pricing_asr_model_pricing
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_inpaint_model_pricing = (
                    ModelResponseModelSpecInpaintModelPricing.from_dict(data)
                )

                return pricing_inpaint_model_pricing
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_type_5 = ModelResponseModelSpecPricingType5.from_dict(data)

                return pricing_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_type_6 = ModelResponseModelSpecPricingType6.from_dict(data)

                return pricing_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_type_7 = ModelResponseModelSpecPricingType7.from_dict(data)

                return pricing_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            pricing_type_8 = ModelResponseModelSpecPricingType8.from_dict(data)

            return pricing_type_8

        pricing = _parse_pricing(d.pop("pricing", UNSET))

        uncensored = d.pop("uncensored", UNSET)

        embedding_dimensions = d.pop("embeddingDimensions", UNSET)

        max_input_tokens = d.pop("maxInputTokens", UNSET)

        supports_custom_dimensions = d.pop("supportsCustomDimensions", UNSET)

        supports_lyrics = d.pop("supports_lyrics", UNSET)

        lyrics_required = d.pop("lyrics_required", UNSET)

        supports_force_instrumental = d.pop("supports_force_instrumental", UNSET)

        supports_loop = d.pop("supports_loop", UNSET)

        voices = cast(list[str], d.pop("voices", UNSET))

        _voice_cloning = d.pop("voice_cloning", UNSET)
        voice_cloning: ModelResponseModelSpecTTSVoiceCloning | Unset
        if isinstance(_voice_cloning, Unset):
            voice_cloning = UNSET
        else:
            voice_cloning = ModelResponseModelSpecTTSVoiceCloning.from_dict(
                _voice_cloning
            )

        default_voice = d.pop("default_voice", UNSET)

        supports_custom_voice_id = d.pop("supports_custom_voice_id", UNSET)

        supports_language_code = d.pop("supports_language_code", UNSET)

        supports_speed = d.pop("supports_speed", UNSET)

        default_speed = d.pop("default_speed", UNSET)

        min_speed = d.pop("min_speed", UNSET)

        max_speed = d.pop("max_speed", UNSET)

        duration_options = cast(list[float], d.pop("duration_options", UNSET))

        min_duration = d.pop("min_duration", UNSET)

        max_duration = d.pop("max_duration", UNSET)

        default_duration = d.pop("default_duration", UNSET)

        supported_formats = cast(list[str], d.pop("supported_formats", UNSET))

        default_format = d.pop("default_format", UNSET)

        prompt_character_limit = d.pop("prompt_character_limit", UNSET)

        min_prompt_length = d.pop("min_prompt_length", UNSET)

        lyrics_character_limit = d.pop("lyrics_character_limit", UNSET)

        model_response_model_spec = cls(
            privacy=privacy,
            name=name,
            traits=traits,
            available_context_tokens=available_context_tokens,
            max_completion_tokens=max_completion_tokens,
            beta=beta,
            beta_model=beta_model,
            region_restrictions=region_restrictions,
            deprecation=deprecation,
            capabilities=capabilities,
            constraints=constraints,
            supports_style_references=supports_style_references,
            description=description,
            model_source=model_source,
            offline=offline,
            pricing=pricing,
            uncensored=uncensored,
            embedding_dimensions=embedding_dimensions,
            max_input_tokens=max_input_tokens,
            supports_custom_dimensions=supports_custom_dimensions,
            supports_lyrics=supports_lyrics,
            lyrics_required=lyrics_required,
            supports_force_instrumental=supports_force_instrumental,
            supports_loop=supports_loop,
            voices=voices,
            voice_cloning=voice_cloning,
            default_voice=default_voice,
            supports_custom_voice_id=supports_custom_voice_id,
            supports_language_code=supports_language_code,
            supports_speed=supports_speed,
            default_speed=default_speed,
            min_speed=min_speed,
            max_speed=max_speed,
            duration_options=duration_options,
            min_duration=min_duration,
            max_duration=max_duration,
            default_duration=default_duration,
            supported_formats=supported_formats,
            default_format=default_format,
            prompt_character_limit=prompt_character_limit,
            min_prompt_length=min_prompt_length,
            lyrics_character_limit=lyrics_character_limit,
        )

        model_response_model_spec.additional_properties = d
        return model_response_model_spec

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
