from typing import Literal

PostApiKeyGenerateWeb3KeyResponse200DataApiKeyType = Literal["ADMIN", "INFERENCE"]

POST_API_KEY_GENERATE_WEB_3_KEY_RESPONSE_200_DATA_API_KEY_TYPE_VALUES: set[
    PostApiKeyGenerateWeb3KeyResponse200DataApiKeyType
] = {
    "ADMIN",
    "INFERENCE",
}


def check_post_api_key_generate_web_3_key_response_200_data_api_key_type(
    value: str,
) -> PostApiKeyGenerateWeb3KeyResponse200DataApiKeyType:
    if value in POST_API_KEY_GENERATE_WEB_3_KEY_RESPONSE_200_DATA_API_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_API_KEY_GENERATE_WEB_3_KEY_RESPONSE_200_DATA_API_KEY_TYPE_VALUES!r}"
    )
