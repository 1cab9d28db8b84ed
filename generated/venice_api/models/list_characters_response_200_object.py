from typing import Literal

ListCharactersResponse200Object = Literal["list"]

LIST_CHARACTERS_RESPONSE_200_OBJECT_VALUES: set[ListCharactersResponse200Object] = {
    "list",
}


def check_list_characters_response_200_object(
    value: str,
) -> ListCharactersResponse200Object:
    if value in LIST_CHARACTERS_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CHARACTERS_RESPONSE_200_OBJECT_VALUES!r}"
    )
