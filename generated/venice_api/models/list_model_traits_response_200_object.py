from typing import Literal

ListModelTraitsResponse200Object = Literal["list"]

LIST_MODEL_TRAITS_RESPONSE_200_OBJECT_VALUES: set[ListModelTraitsResponse200Object] = {
    "list",
}


def check_list_model_traits_response_200_object(
    value: str,
) -> ListModelTraitsResponse200Object:
    if value in LIST_MODEL_TRAITS_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODEL_TRAITS_RESPONSE_200_OBJECT_VALUES!r}"
    )
