from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_response_object import (
    ModelResponseObject,
    check_model_response_object,
)
from ..models.model_response_owned_by import (
    ModelResponseOwnedBy,
    check_model_response_owned_by,
)
from ..models.model_response_type import ModelResponseType, check_model_response_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec import ModelResponseModelSpec


T = TypeVar("T", bound="ModelResponse")


@_attrs_define
class ModelResponse:
    """Response schema for model information

    Example:
        {'created': 1727966436, 'id': 'llama-3.2-3b', 'model_spec': {'availableContextTokens': 131072, 'capabilities':
            {'optimizedForCode': False, 'quantization': 'fp16', 'supportsAudioInput': False, 'supportsFunctionCalling':
            True, 'supportsLogProbs': True, 'supportsMultipleImages': False, 'supportsReasoning': False,
            'supportsReasoningEffort': False, 'supportsResponseSchema': True, 'supportsTeeAttestation': False,
            'supportsE2EE': False, 'supportsVision': False, 'supportsVideoInput': False, 'supportsWebSearch': True,
            'supportsXSearch': False}, 'constraints': {'temperature': {'default': 0.8}, 'top_p': {'default': 0.9}},
            'description': 'Compact and efficient model for quick responses and lighter workloads.', 'name': 'Llama 3.2 3B',
            'modelSource': 'https://huggingface.co/meta-llama/Llama-3.2-3B', 'offline': False, 'privacy': 'private',
            'pricing': {'input': {'usd': 0.15, 'diem': 0.15}, 'output': {'usd': 0.6, 'diem': 0.6}}, 'traits': ['fastest']},
            'object': 'model', 'owned_by': 'venice.ai', 'type': 'text'}

    Attributes:
        created (float): Release date on Venice API Example: 1699000000.
        id (str): Model ID Example: gemini-3-6-flash.
        model_spec (ModelResponseModelSpec):
        object_ (ModelResponseObject): Object type Example: model.
        owned_by (ModelResponseOwnedBy): Who runs the model Example: venice.ai.
        type_ (ModelResponseType): Model type Example: text.
        context_length (float | Unset): The context length (maximum input tokens) supported by the model. Only present
            for text models. This is a standard OpenAI-compatible field that mirrors model_spec.availableContextTokens for
            client compatibility. Example: 131072.
        discount_to_user (float | Unset): Fractional discount carried by a reseller agreement covering this model, e.g.
            0.2 for 20% off, following the OpenRouter convention of publishing a base price alongside a separate discount
            fraction: user price = base price × (1 - discount_to_user). Returned only to the reselling partner whose
            agreement it belongs to, and omitted for every other caller and for models no agreement covers, so an
            integration should treat an absent field as no discount. Always greater than 0 and less than 1. Prices in
            model_spec.pricing are the undiscounted base rate and are what Venice bills, so callers buying from Venice
            directly rather than through a reseller should ignore this field. Example: 0.2.
    """

    created: float
    id: str
    model_spec: ModelResponseModelSpec
    object_: ModelResponseObject
    owned_by: ModelResponseOwnedBy
    type_: ModelResponseType
    context_length: float | Unset = UNSET
    discount_to_user: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        id = self.id

        model_spec = self.model_spec.to_dict()

        object_: str = self.object_

        owned_by: str = self.owned_by

        type_: str = self.type_

        context_length = self.context_length

        discount_to_user = self.discount_to_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "id": id,
                "model_spec": model_spec,
                "object": object_,
                "owned_by": owned_by,
                "type": type_,
            }
        )
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if discount_to_user is not UNSET:
            field_dict["discount_to_user"] = discount_to_user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec import ModelResponseModelSpec

        d = dict(src_dict)
        created = d.pop("created")

        id = d.pop("id")

        model_spec = ModelResponseModelSpec.from_dict(d.pop("model_spec"))

        object_ = check_model_response_object(d.pop("object"))

        owned_by = check_model_response_owned_by(d.pop("owned_by"))

        type_ = check_model_response_type(d.pop("type"))

        context_length = d.pop("context_length", UNSET)

        discount_to_user = d.pop("discount_to_user", UNSET)

        model_response = cls(
            created=created,
            id=id,
            model_spec=model_spec,
            object_=object_,
            owned_by=owned_by,
            type_=type_,
            context_length=context_length,
            discount_to_user=discount_to_user,
        )

        model_response.additional_properties = d
        return model_response

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
