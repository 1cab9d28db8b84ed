from typing import Literal

SimpleGenerateImageRequestSizeType3Type1 = Literal[
    "1024x1024",
    "1024x1536",
    "1024x1792",
    "1536x1024",
    "1792x1024",
    "256x256",
    "512x512",
    "auto",
]

SIMPLE_GENERATE_IMAGE_REQUEST_SIZE_TYPE_3_TYPE_1_VALUES: set[
    SimpleGenerateImageRequestSizeType3Type1
] = {
    "1024x1024",
    "1024x1536",
    "1024x1792",
    "1536x1024",
    "1792x1024",
    "256x256",
    "512x512",
    "auto",
}


def check_simple_generate_image_request_size_type_3_type_1(
    value: str,
) -> SimpleGenerateImageRequestSizeType3Type1:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_SIZE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_SIZE_TYPE_3_TYPE_1_VALUES!r}"
    )
