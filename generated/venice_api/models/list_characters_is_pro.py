from typing import Literal

ListCharactersIsPro = Literal["false", "true"]

LIST_CHARACTERS_IS_PRO_VALUES: set[ListCharactersIsPro] = {
    "false",
    "true",
}


def check_list_characters_is_pro(value: str) -> ListCharactersIsPro:
    if value in LIST_CHARACTERS_IS_PRO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CHARACTERS_IS_PRO_VALUES!r}"
    )
