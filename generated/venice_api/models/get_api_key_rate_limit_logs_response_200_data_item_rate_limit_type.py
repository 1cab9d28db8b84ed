from typing import Literal

GetApiKeyRateLimitLogsResponse200DataItemRateLimitType = Literal[
    "FAILED_REQUESTS", "RPD", "RPM", "TPM", "UNSUPPORTED_FEATURE_REQUESTS"
]

GET_API_KEY_RATE_LIMIT_LOGS_RESPONSE_200_DATA_ITEM_RATE_LIMIT_TYPE_VALUES: set[
    GetApiKeyRateLimitLogsResponse200DataItemRateLimitType
] = {
    "FAILED_REQUESTS",
    "RPD",
    "RPM",
    "TPM",
    "UNSUPPORTED_FEATURE_REQUESTS",
}


def check_get_api_key_rate_limit_logs_response_200_data_item_rate_limit_type(
    value: str,
) -> GetApiKeyRateLimitLogsResponse200DataItemRateLimitType:
    if (
        value
        in GET_API_KEY_RATE_LIMIT_LOGS_RESPONSE_200_DATA_ITEM_RATE_LIMIT_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_API_KEY_RATE_LIMIT_LOGS_RESPONSE_200_DATA_ITEM_RATE_LIMIT_TYPE_VALUES!r}"
    )
