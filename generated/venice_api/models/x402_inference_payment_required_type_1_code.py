from typing import Literal

X402InferencePaymentRequiredType1Code = Literal["PAYMENT_REQUIRED"]

X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_CODE_VALUES: set[
    X402InferencePaymentRequiredType1Code
] = {
    "PAYMENT_REQUIRED",
}


def check_x402_inference_payment_required_type_1_code(
    value: str,
) -> X402InferencePaymentRequiredType1Code:
    if value in X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_CODE_VALUES!r}"
    )
