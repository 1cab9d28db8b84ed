from typing import Literal

GetApiKeysResponse200Object = Literal["list"]

GET_API_KEYS_RESPONSE_200_OBJECT_VALUES: set[GetApiKeysResponse200Object] = {
    "list",
}


def check_get_api_keys_response_200_object(value: str) -> GetApiKeysResponse200Object:
    if value in GET_API_KEYS_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_API_KEYS_RESPONSE_200_OBJECT_VALUES!r}"
    )
