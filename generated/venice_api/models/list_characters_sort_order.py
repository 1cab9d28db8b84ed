from typing import Literal

ListCharactersSortOrder = Literal["asc", "desc"]

LIST_CHARACTERS_SORT_ORDER_VALUES: set[ListCharactersSortOrder] = {
    "asc",
    "desc",
}


def check_list_characters_sort_order(value: str) -> ListCharactersSortOrder:
    if value in LIST_CHARACTERS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CHARACTERS_SORT_ORDER_VALUES!r}"
    )
