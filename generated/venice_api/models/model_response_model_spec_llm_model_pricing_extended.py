from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec_llm_model_pricing_extended_cache_input import (
        ModelResponseModelSpecLLMModelPricingExtendedCacheInput,
    )
    from ..models.model_response_model_spec_llm_model_pricing_extended_cache_write import (
        ModelResponseModelSpecLLMModelPricingExtendedCacheWrite,
    )
    from ..models.model_response_model_spec_llm_model_pricing_extended_input import (
        ModelResponseModelSpecLLMModelPricingExtendedInput,
    )
    from ..models.model_response_model_spec_llm_model_pricing_extended_output import (
        ModelResponseModelSpecLLMModelPricingExtendedOutput,
    )


T = TypeVar("T", bound="ModelResponseModelSpecLLMModelPricingExtended")


@_attrs_define
class ModelResponseModelSpecLLMModelPricingExtended:
    """Extended pricing for long-context requests exceeding the threshold. When input tokens exceed
    context_token_threshold, extended rates apply to the entire request.

        Attributes:
            context_token_threshold (float): Input token count above which extended pricing applies Example: 200000.
            input_ (ModelResponseModelSpecLLMModelPricingExtendedInput):
            output (ModelResponseModelSpecLLMModelPricingExtendedOutput):
            cache_input (ModelResponseModelSpecLLMModelPricingExtendedCacheInput | Unset):
            cache_write (ModelResponseModelSpecLLMModelPricingExtendedCacheWrite | Unset):
    """

    context_token_threshold: float
    input_: ModelResponseModelSpecLLMModelPricingExtendedInput
    output: ModelResponseModelSpecLLMModelPricingExtendedOutput
    cache_input: ModelResponseModelSpecLLMModelPricingExtendedCacheInput | Unset = UNSET
    cache_write: ModelResponseModelSpecLLMModelPricingExtendedCacheWrite | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_token_threshold = self.context_token_threshold

        input_ = self.input_.to_dict()

        output = self.output.to_dict()

        cache_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_input, Unset):
            cache_input = self.cache_input.to_dict()

        cache_write: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_write, Unset):
            cache_write = self.cache_write.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context_token_threshold": context_token_threshold,
                "input": input_,
                "output": output,
            }
        )
        if cache_input is not UNSET:
            field_dict["cache_input"] = cache_input
        if cache_write is not UNSET:
            field_dict["cache_write"] = cache_write

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_llm_model_pricing_extended_cache_input import (
            ModelResponseModelSpecLLMModelPricingExtendedCacheInput,
        )
        from ..models.model_response_model_spec_llm_model_pricing_extended_cache_write import (
            ModelResponseModelSpecLLMModelPricingExtendedCacheWrite,
        )
        from ..models.model_response_model_spec_llm_model_pricing_extended_input import (
            ModelResponseModelSpecLLMModelPricingExtendedInput,
        )
        from ..models.model_response_model_spec_llm_model_pricing_extended_output import (
            ModelResponseModelSpecLLMModelPricingExtendedOutput,
        )

        d = dict(src_dict)
        context_token_threshold = d.pop("context_token_threshold")

        input_ = ModelResponseModelSpecLLMModelPricingExtendedInput.from_dict(
            d.pop("input")
        )

        output = ModelResponseModelSpecLLMModelPricingExtendedOutput.from_dict(
            d.pop("output")
        )

        _cache_input = d.pop("cache_input", UNSET)
        cache_input: ModelResponseModelSpecLLMModelPricingExtendedCacheInput | Unset
        if isinstance(_cache_input, Unset):
            cache_input = UNSET
        else:
            cache_input = (
                ModelResponseModelSpecLLMModelPricingExtendedCacheInput.from_dict(
                    _cache_input
                )
            )

        _cache_write = d.pop("cache_write", UNSET)
        cache_write: ModelResponseModelSpecLLMModelPricingExtendedCacheWrite | Unset
        if isinstance(_cache_write, Unset):
            cache_write = UNSET
        else:
            cache_write = (
                ModelResponseModelSpecLLMModelPricingExtendedCacheWrite.from_dict(
                    _cache_write
                )
            )

        model_response_model_spec_llm_model_pricing_extended = cls(
            context_token_threshold=context_token_threshold,
            input_=input_,
            output=output,
            cache_input=cache_input,
            cache_write=cache_write,
        )

        model_response_model_spec_llm_model_pricing_extended.additional_properties = d
        return model_response_model_spec_llm_model_pricing_extended

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
