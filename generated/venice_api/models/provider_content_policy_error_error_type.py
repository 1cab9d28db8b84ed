from typing import Literal

ProviderContentPolicyErrorErrorType = Literal["provider_content_policy"]

PROVIDER_CONTENT_POLICY_ERROR_ERROR_TYPE_VALUES: set[
    ProviderContentPolicyErrorErrorType
] = {
    "provider_content_policy",
}


def check_provider_content_policy_error_error_type(
    value: str,
) -> ProviderContentPolicyErrorErrorType:
    if value in PROVIDER_CONTENT_POLICY_ERROR_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_CONTENT_POLICY_ERROR_ERROR_TYPE_VALUES!r}"
    )
