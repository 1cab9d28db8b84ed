from typing import Literal

GetCharacterReviewsResponse200Object = Literal["list"]

GET_CHARACTER_REVIEWS_RESPONSE_200_OBJECT_VALUES: set[
    GetCharacterReviewsResponse200Object
] = {
    "list",
}


def check_get_character_reviews_response_200_object(
    value: str,
) -> GetCharacterReviewsResponse200Object:
    if value in GET_CHARACTER_REVIEWS_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CHARACTER_REVIEWS_RESPONSE_200_OBJECT_VALUES!r}"
    )
