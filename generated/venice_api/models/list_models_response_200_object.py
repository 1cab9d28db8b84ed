from typing import Literal

ListModelsResponse200Object = Literal["list"]

LIST_MODELS_RESPONSE_200_OBJECT_VALUES: set[ListModelsResponse200Object] = {
    "list",
}


def check_list_models_response_200_object(value: str) -> ListModelsResponse200Object:
    if value in LIST_MODELS_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODELS_RESPONSE_200_OBJECT_VALUES!r}"
    )
