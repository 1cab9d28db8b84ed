from typing import Literal

ListModelsResponse200TypeType1 = Literal["all", "code"]

LIST_MODELS_RESPONSE_200_TYPE_TYPE_1_VALUES: set[ListModelsResponse200TypeType1] = {
    "all",
    "code",
}


def check_list_models_response_200_type_type_1(
    value: str,
) -> ListModelsResponse200TypeType1:
    if value in LIST_MODELS_RESPONSE_200_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODELS_RESPONSE_200_TYPE_TYPE_1_VALUES!r}"
    )
