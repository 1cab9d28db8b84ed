from typing import Literal

PostApiKeyGenerateWeb3KeyBodyApiKeyType = Literal["ADMIN", "INFERENCE"]

POST_API_KEY_GENERATE_WEB_3_KEY_BODY_API_KEY_TYPE_VALUES: set[
    PostApiKeyGenerateWeb3KeyBodyApiKeyType
] = {
    "ADMIN",
    "INFERENCE",
}


def check_post_api_key_generate_web_3_key_body_api_key_type(
    value: str,
) -> PostApiKeyGenerateWeb3KeyBodyApiKeyType:
    if value in POST_API_KEY_GENERATE_WEB_3_KEY_BODY_API_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_API_KEY_GENERATE_WEB_3_KEY_BODY_API_KEY_TYPE_VALUES!r}"
    )
