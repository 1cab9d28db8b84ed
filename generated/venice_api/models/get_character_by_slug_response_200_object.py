from typing import Literal

GetCharacterBySlugResponse200Object = Literal["character"]

GET_CHARACTER_BY_SLUG_RESPONSE_200_OBJECT_VALUES: set[
    GetCharacterBySlugResponse200Object
] = {
    "character",
}


def check_get_character_by_slug_response_200_object(
    value: str,
) -> GetCharacterBySlugResponse200Object:
    if value in GET_CHARACTER_BY_SLUG_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CHARACTER_BY_SLUG_RESPONSE_200_OBJECT_VALUES!r}"
    )
