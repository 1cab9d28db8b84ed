from typing import Literal

GetApiKeyByIdResponse200DataApiKeyType = Literal["ADMIN", "INFERENCE"]

GET_API_KEY_BY_ID_RESPONSE_200_DATA_API_KEY_TYPE_VALUES: set[
    GetApiKeyByIdResponse200DataApiKeyType
] = {
    "ADMIN",
    "INFERENCE",
}


def check_get_api_key_by_id_response_200_data_api_key_type(
    value: str,
) -> GetApiKeyByIdResponse200DataApiKeyType:
    if value in GET_API_KEY_BY_ID_RESPONSE_200_DATA_API_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_API_KEY_BY_ID_RESPONSE_200_DATA_API_KEY_TYPE_VALUES!r}"
    )
