from typing import Literal

PostApiKeyGenerateWeb3KeyBodyExpiresAtType0 = Literal[""]

POST_API_KEY_GENERATE_WEB_3_KEY_BODY_EXPIRES_AT_TYPE_0_VALUES: set[
    PostApiKeyGenerateWeb3KeyBodyExpiresAtType0
] = {
    "",
}


def check_post_api_key_generate_web_3_key_body_expires_at_type_0(
    value: str,
) -> PostApiKeyGenerateWeb3KeyBodyExpiresAtType0:
    if value in POST_API_KEY_GENERATE_WEB_3_KEY_BODY_EXPIRES_AT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_API_KEY_GENERATE_WEB_3_KEY_BODY_EXPIRES_AT_TYPE_0_VALUES!r}"
    )
