from typing import Literal

ModelResponseOwnedBy = Literal["venice.ai"]

MODEL_RESPONSE_OWNED_BY_VALUES: set[ModelResponseOwnedBy] = {
    "venice.ai",
}


def check_model_response_owned_by(value: str) -> ModelResponseOwnedBy:
    if value in MODEL_RESPONSE_OWNED_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_OWNED_BY_VALUES!r}"
    )
