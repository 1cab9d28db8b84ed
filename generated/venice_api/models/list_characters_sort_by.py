from typing import Literal

ListCharactersSortBy = Literal[
    "featured",
    "highestRating",
    "highlyRated",
    "highlyRatedAndRecent",
    "imports",
    "mostRecent",
    "ratingCount",
]

LIST_CHARACTERS_SORT_BY_VALUES: set[ListCharactersSortBy] = {
    "featured",
    "highestRating",
    "highlyRated",
    "highlyRatedAndRecent",
    "imports",
    "mostRecent",
    "ratingCount",
}


def check_list_characters_sort_by(value: str) -> ListCharactersSortBy:
    if value in LIST_CHARACTERS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CHARACTERS_SORT_BY_VALUES!r}"
    )
