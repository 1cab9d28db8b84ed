from typing import Literal

ModelResponseModelSpecInpaintModelConstraintsQualitiesItem = Literal[
    "high", "low", "medium"
]

MODEL_RESPONSE_MODEL_SPEC_INPAINT_MODEL_CONSTRAINTS_QUALITIES_ITEM_VALUES: set[
    ModelResponseModelSpecInpaintModelConstraintsQualitiesItem
] = {
    "high",
    "low",
    "medium",
}


def check_model_response_model_spec_inpaint_model_constraints_qualities_item(
    value: str,
) -> ModelResponseModelSpecInpaintModelConstraintsQualitiesItem:
    if (
        value
        in MODEL_RESPONSE_MODEL_SPEC_INPAINT_MODEL_CONSTRAINTS_QUALITIES_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_INPAINT_MODEL_CONSTRAINTS_QUALITIES_ITEM_VALUES!r}"
    )
