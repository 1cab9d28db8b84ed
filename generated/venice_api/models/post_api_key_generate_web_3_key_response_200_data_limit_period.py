from typing import Literal

PostApiKeyGenerateWeb3KeyResponse200DataLimitPeriod = Literal[
    "EPOCH", "LIFETIME", "MONTH"
]

POST_API_KEY_GENERATE_WEB_3_KEY_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES: set[
    PostApiKeyGenerateWeb3KeyResponse200DataLimitPeriod
] = {
    "EPOCH",
    "LIFETIME",
    "MONTH",
}


def check_post_api_key_generate_web_3_key_response_200_data_limit_period(
    value: str,
) -> PostApiKeyGenerateWeb3KeyResponse200DataLimitPeriod:
    if value in POST_API_KEY_GENERATE_WEB_3_KEY_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_API_KEY_GENERATE_WEB_3_KEY_RESPONSE_200_DATA_LIMIT_PERIOD_VALUES!r}"
    )
