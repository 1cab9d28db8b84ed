from typing import Literal

PostApiKeyGenerateWeb3KeyBodyModelPrivacy = Literal[
    "ALL", "PRIVATE_ONLY", "PRIVATE_TEXT"
]

POST_API_KEY_GENERATE_WEB_3_KEY_BODY_MODEL_PRIVACY_VALUES: set[
    PostApiKeyGenerateWeb3KeyBodyModelPrivacy
] = {
    "ALL",
    "PRIVATE_ONLY",
    "PRIVATE_TEXT",
}


def check_post_api_key_generate_web_3_key_body_model_privacy(
    value: str,
) -> PostApiKeyGenerateWeb3KeyBodyModelPrivacy:
    if value in POST_API_KEY_GENERATE_WEB_3_KEY_BODY_MODEL_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_API_KEY_GENERATE_WEB_3_KEY_BODY_MODEL_PRIVACY_VALUES!r}"
    )
