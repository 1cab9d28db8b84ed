from typing import Literal

PostApiKeyGenerateWeb3KeyBodyLimitPeriod = Literal["EPOCH", "LIFETIME", "MONTH"]

POST_API_KEY_GENERATE_WEB_3_KEY_BODY_LIMIT_PERIOD_VALUES: set[
    PostApiKeyGenerateWeb3KeyBodyLimitPeriod
] = {
    "EPOCH",
    "LIFETIME",
    "MONTH",
}


def check_post_api_key_generate_web_3_key_body_limit_period(
    value: str,
) -> PostApiKeyGenerateWeb3KeyBodyLimitPeriod:
    if value in POST_API_KEY_GENERATE_WEB_3_KEY_BODY_LIMIT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_API_KEY_GENERATE_WEB_3_KEY_BODY_LIMIT_PERIOD_VALUES!r}"
    )
