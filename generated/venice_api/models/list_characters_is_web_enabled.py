from typing import Literal

ListCharactersIsWebEnabled = Literal["false", "true"]

LIST_CHARACTERS_IS_WEB_ENABLED_VALUES: set[ListCharactersIsWebEnabled] = {
    "false",
    "true",
}


def check_list_characters_is_web_enabled(value: str) -> ListCharactersIsWebEnabled:
    if value in LIST_CHARACTERS_IS_WEB_ENABLED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CHARACTERS_IS_WEB_ENABLED_VALUES!r}"
    )
