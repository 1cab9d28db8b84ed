from typing import Literal

ModelResponseModelSpecInpaintModelConstraintsDefaultQuality = Literal[
    "high", "low", "medium"
]

MODEL_RESPONSE_MODEL_SPEC_INPAINT_MODEL_CONSTRAINTS_DEFAULT_QUALITY_VALUES: set[
    ModelResponseModelSpecInpaintModelConstraintsDefaultQuality
] = {
    "high",
    "low",
    "medium",
}


def check_model_response_model_spec_inpaint_model_constraints_default_quality(
    value: str,
) -> ModelResponseModelSpecInpaintModelConstraintsDefaultQuality:
    if (
        value
        in MODEL_RESPONSE_MODEL_SPEC_INPAINT_MODEL_CONSTRAINTS_DEFAULT_QUALITY_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_INPAINT_MODEL_CONSTRAINTS_DEFAULT_QUALITY_VALUES!r}"
    )
