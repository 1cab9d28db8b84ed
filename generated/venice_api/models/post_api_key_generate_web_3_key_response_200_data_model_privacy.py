from typing import Literal

PostApiKeyGenerateWeb3KeyResponse200DataModelPrivacy = Literal[
    "ALL", "PRIVATE_ONLY", "PRIVATE_TEXT"
]

POST_API_KEY_GENERATE_WEB_3_KEY_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES: set[
    PostApiKeyGenerateWeb3KeyResponse200DataModelPrivacy
] = {
    "ALL",
    "PRIVATE_ONLY",
    "PRIVATE_TEXT",
}


def check_post_api_key_generate_web_3_key_response_200_data_model_privacy(
    value: str,
) -> PostApiKeyGenerateWeb3KeyResponse200DataModelPrivacy:
    if value in POST_API_KEY_GENERATE_WEB_3_KEY_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_API_KEY_GENERATE_WEB_3_KEY_RESPONSE_200_DATA_MODEL_PRIVACY_VALUES!r}"
    )
