from typing import Literal

ModelResponseModelSpecImageModelConstraintsDefaultQuality = Literal[
    "high", "low", "medium"
]

MODEL_RESPONSE_MODEL_SPEC_IMAGE_MODEL_CONSTRAINTS_DEFAULT_QUALITY_VALUES: set[
    ModelResponseModelSpecImageModelConstraintsDefaultQuality
] = {
    "high",
    "low",
    "medium",
}


def check_model_response_model_spec_image_model_constraints_default_quality(
    value: str,
) -> ModelResponseModelSpecImageModelConstraintsDefaultQuality:
    if (
        value
        in MODEL_RESPONSE_MODEL_SPEC_IMAGE_MODEL_CONSTRAINTS_DEFAULT_QUALITY_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_IMAGE_MODEL_CONSTRAINTS_DEFAULT_QUALITY_VALUES!r}"
    )
