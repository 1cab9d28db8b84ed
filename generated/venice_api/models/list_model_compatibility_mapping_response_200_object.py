from typing import Literal

ListModelCompatibilityMappingResponse200Object = Literal["list"]

LIST_MODEL_COMPATIBILITY_MAPPING_RESPONSE_200_OBJECT_VALUES: set[
    ListModelCompatibilityMappingResponse200Object
] = {
    "list",
}


def check_list_model_compatibility_mapping_response_200_object(
    value: str,
) -> ListModelCompatibilityMappingResponse200Object:
    if value in LIST_MODEL_COMPATIBILITY_MAPPING_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODEL_COMPATIBILITY_MAPPING_RESPONSE_200_OBJECT_VALUES!r}"
    )
