from typing import Literal

SimpleGenerateImageRequestQualityType1 = Literal[
    "auto", "hd", "high", "low", "medium", "standard"
]

SIMPLE_GENERATE_IMAGE_REQUEST_QUALITY_TYPE_1_VALUES: set[
    SimpleGenerateImageRequestQualityType1
] = {
    "auto",
    "hd",
    "high",
    "low",
    "medium",
    "standard",
}


def check_simple_generate_image_request_quality_type_1(
    value: str,
) -> SimpleGenerateImageRequestQualityType1:
    if value in SIMPLE_GENERATE_IMAGE_REQUEST_QUALITY_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_GENERATE_IMAGE_REQUEST_QUALITY_TYPE_1_VALUES!r}"
    )
