from typing import Literal

GetApiKeyRateLimitLogsResponse200Object = Literal["list"]

GET_API_KEY_RATE_LIMIT_LOGS_RESPONSE_200_OBJECT_VALUES: set[
    GetApiKeyRateLimitLogsResponse200Object
] = {
    "list",
}


def check_get_api_key_rate_limit_logs_response_200_object(
    value: str,
) -> GetApiKeyRateLimitLogsResponse200Object:
    if value in GET_API_KEY_RATE_LIMIT_LOGS_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_API_KEY_RATE_LIMIT_LOGS_RESPONSE_200_OBJECT_VALUES!r}"
    )
