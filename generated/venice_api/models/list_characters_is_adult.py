from typing import Literal

ListCharactersIsAdult = Literal["false", "true"]

LIST_CHARACTERS_IS_ADULT_VALUES: set[ListCharactersIsAdult] = {
    "false",
    "true",
}


def check_list_characters_is_adult(value: str) -> ListCharactersIsAdult:
    if value in LIST_CHARACTERS_IS_ADULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CHARACTERS_IS_ADULT_VALUES!r}"
    )
