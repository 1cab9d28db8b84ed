from typing import Literal

ListImageStylesResponse200Object = Literal["list"]

LIST_IMAGE_STYLES_RESPONSE_200_OBJECT_VALUES: set[ListImageStylesResponse200Object] = {
    "list",
}


def check_list_image_styles_response_200_object(
    value: str,
) -> ListImageStylesResponse200Object:
    if value in LIST_IMAGE_STYLES_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_IMAGE_STYLES_RESPONSE_200_OBJECT_VALUES!r}"
    )
