from typing import Literal

ModelResponseObject = Literal["model"]

MODEL_RESPONSE_OBJECT_VALUES: set[ModelResponseObject] = {
    "model",
}


def check_model_response_object(value: str) -> ModelResponseObject:
    if value in MODEL_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_OBJECT_VALUES!r}"
    )
