from typing import Literal

ModelResponseModelSpecCapabilitiesQuantization = Literal[
    "bf16", "fp16", "fp4", "fp8", "int4", "int8", "not-available"
]

MODEL_RESPONSE_MODEL_SPEC_CAPABILITIES_QUANTIZATION_VALUES: set[
    ModelResponseModelSpecCapabilitiesQuantization
] = {
    "bf16",
    "fp16",
    "fp4",
    "fp8",
    "int4",
    "int8",
    "not-available",
}


def check_model_response_model_spec_capabilities_quantization(
    value: str,
) -> ModelResponseModelSpecCapabilitiesQuantization:
    if value in MODEL_RESPONSE_MODEL_SPEC_CAPABILITIES_QUANTIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_CAPABILITIES_QUANTIZATION_VALUES!r}"
    )
