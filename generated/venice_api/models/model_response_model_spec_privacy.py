from typing import Literal

ModelResponseModelSpecPrivacy = Literal["anonymized", "private"]

MODEL_RESPONSE_MODEL_SPEC_PRIVACY_VALUES: set[ModelResponseModelSpecPrivacy] = {
    "anonymized",
    "private",
}


def check_model_response_model_spec_privacy(
    value: str,
) -> ModelResponseModelSpecPrivacy:
    if value in MODEL_RESPONSE_MODEL_SPEC_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_PRIVACY_VALUES!r}"
    )
