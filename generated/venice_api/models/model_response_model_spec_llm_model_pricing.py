from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec_llm_model_pricing_cache_input import (
        ModelResponseModelSpecLLMModelPricingCacheInput,
    )
    from ..models.model_response_model_spec_llm_model_pricing_cache_write import (
        ModelResponseModelSpecLLMModelPricingCacheWrite,
    )
    from ..models.model_response_model_spec_llm_model_pricing_extended import (
        ModelResponseModelSpecLLMModelPricingExtended,
    )
    from ..models.model_response_model_spec_llm_model_pricing_input import (
        ModelResponseModelSpecLLMModelPricingInput,
    )
    from ..models.model_response_model_spec_llm_model_pricing_output import (
        ModelResponseModelSpecLLMModelPricingOutput,
    )


T = TypeVar("T", bound="ModelResponseModelSpecLLMModelPricing")


@_attrs_define
class ModelResponseModelSpecLLMModelPricing:
    """Token-based pricing for chat models. Models supporting context caching will include cache_input (cache read)
    pricing. Some providers like Anthropic also charge for cache_write (cache creation) at a premium rate.

        Attributes:
            input_ (ModelResponseModelSpecLLMModelPricingInput):
            output (ModelResponseModelSpecLLMModelPricingOutput):
            cache_input (ModelResponseModelSpecLLMModelPricingCacheInput | Unset): Optional pricing for cached input tokens
                (cache reads). Only present for models that support context caching.
            cache_write (ModelResponseModelSpecLLMModelPricingCacheWrite | Unset): Optional pricing for cache creation
                tokens (cache writes). Only present for models where provider charges for cache writes (e.g., Anthropic charges
                1.25x input price).
            extended (ModelResponseModelSpecLLMModelPricingExtended | Unset): Extended pricing for long-context requests
                exceeding the threshold. When input tokens exceed context_token_threshold, extended rates apply to the entire
                request.
    """

    input_: ModelResponseModelSpecLLMModelPricingInput
    output: ModelResponseModelSpecLLMModelPricingOutput
    cache_input: ModelResponseModelSpecLLMModelPricingCacheInput | Unset = UNSET
    cache_write: ModelResponseModelSpecLLMModelPricingCacheWrite | Unset = UNSET
    extended: ModelResponseModelSpecLLMModelPricingExtended | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_.to_dict()

        output = self.output.to_dict()

        cache_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_input, Unset):
            cache_input = self.cache_input.to_dict()

        cache_write: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_write, Unset):
            cache_write = self.cache_write.to_dict()

        extended: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended, Unset):
            extended = self.extended.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
            }
        )
        if cache_input is not UNSET:
            field_dict["cache_input"] = cache_input
        if cache_write is not UNSET:
            field_dict["cache_write"] = cache_write
        if extended is not UNSET:
            field_dict["extended"] = extended

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_llm_model_pricing_cache_input import (
            ModelResponseModelSpecLLMModelPricingCacheInput,
        )
        from ..models.model_response_model_spec_llm_model_pricing_cache_write import (
            ModelResponseModelSpecLLMModelPricingCacheWrite,
        )
        from ..models.model_response_model_spec_llm_model_pricing_extended import (
            ModelResponseModelSpecLLMModelPricingExtended,
        )
        from ..models.model_response_model_spec_llm_model_pricing_input import (
            ModelResponseModelSpecLLMModelPricingInput,
        )
        from ..models.model_response_model_spec_llm_model_pricing_output import (
            ModelResponseModelSpecLLMModelPricingOutput,
        )

        d = dict(src_dict)
        input_ = ModelResponseModelSpecLLMModelPricingInput.from_dict(d.pop("input"))

        output = ModelResponseModelSpecLLMModelPricingOutput.from_dict(d.pop("output"))

        _cache_input = d.pop("cache_input", UNSET)
        cache_input: ModelResponseModelSpecLLMModelPricingCacheInput | Unset
        if isinstance(_cache_input, Unset):
            cache_input = UNSET
        else:
            cache_input = ModelResponseModelSpecLLMModelPricingCacheInput.from_dict(
                _cache_input
            )

        _cache_write = d.pop("cache_write", UNSET)
        cache_write: ModelResponseModelSpecLLMModelPricingCacheWrite | Unset
        if isinstance(_cache_write, Unset):
            cache_write = UNSET
        else:
            cache_write = ModelResponseModelSpecLLMModelPricingCacheWrite.from_dict(
                _cache_write
            )

        _extended = d.pop("extended", UNSET)
        extended: ModelResponseModelSpecLLMModelPricingExtended | Unset
        if isinstance(_extended, Unset):
            extended = UNSET
        else:
            extended = ModelResponseModelSpecLLMModelPricingExtended.from_dict(
                _extended
            )

        model_response_model_spec_llm_model_pricing = cls(
            input_=input_,
            output=output,
            cache_input=cache_input,
            cache_write=cache_write,
            extended=extended,
        )

        model_response_model_spec_llm_model_pricing.additional_properties = d
        return model_response_model_spec_llm_model_pricing

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
