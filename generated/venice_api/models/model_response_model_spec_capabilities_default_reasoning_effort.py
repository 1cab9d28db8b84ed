from typing import Literal

ModelResponseModelSpecCapabilitiesDefaultReasoningEffort = Literal[
    "high", "low", "max", "medium", "minimal", "none", "xhigh"
]

MODEL_RESPONSE_MODEL_SPEC_CAPABILITIES_DEFAULT_REASONING_EFFORT_VALUES: set[
    ModelResponseModelSpecCapabilitiesDefaultReasoningEffort
] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_model_response_model_spec_capabilities_default_reasoning_effort(
    value: str,
) -> ModelResponseModelSpecCapabilitiesDefaultReasoningEffort:
    if value in MODEL_RESPONSE_MODEL_SPEC_CAPABILITIES_DEFAULT_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_CAPABILITIES_DEFAULT_REASONING_EFFORT_VALUES!r}"
    )
