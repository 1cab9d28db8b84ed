from typing import Literal

X402InferencePaymentRequiredType0AcceptsItemScheme = Literal["exact"]

X402_INFERENCE_PAYMENT_REQUIRED_TYPE_0_ACCEPTS_ITEM_SCHEME_VALUES: set[
    X402InferencePaymentRequiredType0AcceptsItemScheme
] = {
    "exact",
}


def check_x402_inference_payment_required_type_0_accepts_item_scheme(
    value: str,
) -> X402InferencePaymentRequiredType0AcceptsItemScheme:
    if value in X402_INFERENCE_PAYMENT_REQUIRED_TYPE_0_ACCEPTS_ITEM_SCHEME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {X402_INFERENCE_PAYMENT_REQUIRED_TYPE_0_ACCEPTS_ITEM_SCHEME_VALUES!r}"
    )
