from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec_text_model_constraints_frequency_penalty import (
        ModelResponseModelSpecTextModelConstraintsFrequencyPenalty,
    )
    from ..models.model_response_model_spec_text_model_constraints_presence_penalty import (
        ModelResponseModelSpecTextModelConstraintsPresencePenalty,
    )
    from ..models.model_response_model_spec_text_model_constraints_repetition_penalty import (
        ModelResponseModelSpecTextModelConstraintsRepetitionPenalty,
    )
    from ..models.model_response_model_spec_text_model_constraints_temperature import (
        ModelResponseModelSpecTextModelConstraintsTemperature,
    )
    from ..models.model_response_model_spec_text_model_constraints_top_p import (
        ModelResponseModelSpecTextModelConstraintsTopP,
    )


T = TypeVar("T", bound="ModelResponseModelSpecTextModelConstraints")


@_attrs_define
class ModelResponseModelSpecTextModelConstraints:
    """Constraints that apply to text models.

    Attributes:
        temperature (ModelResponseModelSpecTextModelConstraintsTemperature):
        top_p (ModelResponseModelSpecTextModelConstraintsTopP):
        frequency_penalty (ModelResponseModelSpecTextModelConstraintsFrequencyPenalty | Unset):
        presence_penalty (ModelResponseModelSpecTextModelConstraintsPresencePenalty | Unset):
        repetition_penalty (ModelResponseModelSpecTextModelConstraintsRepetitionPenalty | Unset):
    """

    temperature: ModelResponseModelSpecTextModelConstraintsTemperature
    top_p: ModelResponseModelSpecTextModelConstraintsTopP
    frequency_penalty: (
        ModelResponseModelSpecTextModelConstraintsFrequencyPenalty | Unset
    ) = UNSET
    presence_penalty: (
        ModelResponseModelSpecTextModelConstraintsPresencePenalty | Unset
    ) = UNSET
    repetition_penalty: (
        ModelResponseModelSpecTextModelConstraintsRepetitionPenalty | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temperature = self.temperature.to_dict()

        top_p = self.top_p.to_dict()

        frequency_penalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency_penalty, Unset):
            frequency_penalty = self.frequency_penalty.to_dict()

        presence_penalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.presence_penalty, Unset):
            presence_penalty = self.presence_penalty.to_dict()

        repetition_penalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repetition_penalty, Unset):
            repetition_penalty = self.repetition_penalty.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_text_model_constraints_frequency_penalty import (
            ModelResponseModelSpecTextModelConstraintsFrequencyPenalty,
        )
        from ..models.model_response_model_spec_text_model_constraints_presence_penalty import (
            ModelResponseModelSpecTextModelConstraintsPresencePenalty,
        )
        from ..models.model_response_model_spec_text_model_constraints_repetition_penalty import (
            ModelResponseModelSpecTextModelConstraintsRepetitionPenalty,
        )
        from ..models.model_response_model_spec_text_model_constraints_temperature import (
            ModelResponseModelSpecTextModelConstraintsTemperature,
        )
        from ..models.model_response_model_spec_text_model_constraints_top_p import (
            ModelResponseModelSpecTextModelConstraintsTopP,
        )

        d = dict(src_dict)
        temperature = ModelResponseModelSpecTextModelConstraintsTemperature.from_dict(
            d.pop("temperature")
        )

        top_p = ModelResponseModelSpecTextModelConstraintsTopP.from_dict(d.pop("top_p"))

        _frequency_penalty = d.pop("frequency_penalty", UNSET)
        frequency_penalty: (
            ModelResponseModelSpecTextModelConstraintsFrequencyPenalty | Unset
        )
        if isinstance(_frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = (
                ModelResponseModelSpecTextModelConstraintsFrequencyPenalty.from_dict(
                    _frequency_penalty
                )
            )

        _presence_penalty = d.pop("presence_penalty", UNSET)
        presence_penalty: (
            ModelResponseModelSpecTextModelConstraintsPresencePenalty | Unset
        )
        if isinstance(_presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = (
                ModelResponseModelSpecTextModelConstraintsPresencePenalty.from_dict(
                    _presence_penalty
                )
            )

        _repetition_penalty = d.pop("repetition_penalty", UNSET)
        repetition_penalty: (
            ModelResponseModelSpecTextModelConstraintsRepetitionPenalty | Unset
        )
        if isinstance(_repetition_penalty, Unset):
            repetition_penalty = UNSET
        else:
            repetition_penalty = (
                ModelResponseModelSpecTextModelConstraintsRepetitionPenalty.from_dict(
                    _repetition_penalty
                )
            )

        model_response_model_spec_text_model_constraints = cls(
            temperature=temperature,
            top_p=top_p,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            repetition_penalty=repetition_penalty,
        )

        model_response_model_spec_text_model_constraints.additional_properties = d
        return model_response_model_spec_text_model_constraints

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
