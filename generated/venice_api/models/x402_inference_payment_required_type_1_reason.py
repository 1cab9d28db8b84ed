from typing import Literal

X402InferencePaymentRequiredType1Reason = Literal["insufficient_balance"]

X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_REASON_VALUES: set[
    X402InferencePaymentRequiredType1Reason
] = {
    "insufficient_balance",
}


def check_x402_inference_payment_required_type_1_reason(
    value: str,
) -> X402InferencePaymentRequiredType1Reason:
    if value in X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_REASON_VALUES!r}"
    )
