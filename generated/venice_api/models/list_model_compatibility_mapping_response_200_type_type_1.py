from typing import Literal

ListModelCompatibilityMappingResponse200TypeType1 = Literal["all", "code"]

LIST_MODEL_COMPATIBILITY_MAPPING_RESPONSE_200_TYPE_TYPE_1_VALUES: set[
    ListModelCompatibilityMappingResponse200TypeType1
] = {
    "all",
    "code",
}


def check_list_model_compatibility_mapping_response_200_type_type_1(
    value: str,
) -> ListModelCompatibilityMappingResponse200TypeType1:
    if value in LIST_MODEL_COMPATIBILITY_MAPPING_RESPONSE_200_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODEL_COMPATIBILITY_MAPPING_RESPONSE_200_TYPE_TYPE_1_VALUES!r}"
    )
