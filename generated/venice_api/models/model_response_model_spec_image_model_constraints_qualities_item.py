from typing import Literal

ModelResponseModelSpecImageModelConstraintsQualitiesItem = Literal[
    "high", "low", "medium"
]

MODEL_RESPONSE_MODEL_SPEC_IMAGE_MODEL_CONSTRAINTS_QUALITIES_ITEM_VALUES: set[
    ModelResponseModelSpecImageModelConstraintsQualitiesItem
] = {
    "high",
    "low",
    "medium",
}


def check_model_response_model_spec_image_model_constraints_qualities_item(
    value: str,
) -> ModelResponseModelSpecImageModelConstraintsQualitiesItem:
    if value in MODEL_RESPONSE_MODEL_SPEC_IMAGE_MODEL_CONSTRAINTS_QUALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_IMAGE_MODEL_CONSTRAINTS_QUALITIES_ITEM_VALUES!r}"
    )
