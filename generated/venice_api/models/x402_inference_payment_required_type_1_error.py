from typing import Literal

X402InferencePaymentRequiredType1Error = Literal["Payment required"]

X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_ERROR_VALUES: set[
    X402InferencePaymentRequiredType1Error
] = {
    "Payment required",
}


def check_x402_inference_payment_required_type_1_error(
    value: str,
) -> X402InferencePaymentRequiredType1Error:
    if value in X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_ERROR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_ERROR_VALUES!r}"
    )
