from typing import Literal

ListModelTraitsResponse200TypeType1 = Literal["all", "code"]

LIST_MODEL_TRAITS_RESPONSE_200_TYPE_TYPE_1_VALUES: set[
    ListModelTraitsResponse200TypeType1
] = {
    "all",
    "code",
}


def check_list_model_traits_response_200_type_type_1(
    value: str,
) -> ListModelTraitsResponse200TypeType1:
    if value in LIST_MODEL_TRAITS_RESPONSE_200_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODEL_TRAITS_RESPONSE_200_TYPE_TYPE_1_VALUES!r}"
    )
