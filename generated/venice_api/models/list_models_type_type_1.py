from typing import Literal

ListModelsTypeType1 = Literal["all", "code"]

LIST_MODELS_TYPE_TYPE_1_VALUES: set[ListModelsTypeType1] = {
    "all",
    "code",
}


def check_list_models_type_type_1(value: str) -> ListModelsTypeType1:
    if value in LIST_MODELS_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODELS_TYPE_TYPE_1_VALUES!r}"
    )
