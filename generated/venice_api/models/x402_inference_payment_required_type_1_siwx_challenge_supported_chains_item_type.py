from typing import Literal

X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItemType = Literal[
    "ed25519", "eip1271", "eip191"
]

X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_SIWX_CHALLENGE_SUPPORTED_CHAINS_ITEM_TYPE_VALUES: set[
    X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItemType
] = {
    "ed25519",
    "eip1271",
    "eip191",
}


def check_x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item_type(
    value: str,
) -> X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItemType:
    if (
        value
        in X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_SIWX_CHALLENGE_SUPPORTED_CHAINS_ITEM_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {X402_INFERENCE_PAYMENT_REQUIRED_TYPE_1_SIWX_CHALLENGE_SUPPORTED_CHAINS_ITEM_TYPE_VALUES!r}"
    )
