from typing import Literal

ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem = Literal[
    "high", "low", "max", "medium", "minimal", "none", "xhigh"
]

MODEL_RESPONSE_MODEL_SPEC_CAPABILITIES_REASONING_EFFORT_OPTIONS_ITEM_VALUES: set[
    ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem
] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_model_response_model_spec_capabilities_reasoning_effort_options_item(
    value: str,
) -> ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem:
    if (
        value
        in MODEL_RESPONSE_MODEL_SPEC_CAPABILITIES_REASONING_EFFORT_OPTIONS_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_CAPABILITIES_REASONING_EFFORT_OPTIONS_ITEM_VALUES!r}"
    )
