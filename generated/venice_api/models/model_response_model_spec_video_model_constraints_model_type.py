from typing import Literal

ModelResponseModelSpecVideoModelConstraintsModelType = Literal[
    "image-to-video", "text-to-video", "video"
]

MODEL_RESPONSE_MODEL_SPEC_VIDEO_MODEL_CONSTRAINTS_MODEL_TYPE_VALUES: set[
    ModelResponseModelSpecVideoModelConstraintsModelType
] = {
    "image-to-video",
    "text-to-video",
    "video",
}


def check_model_response_model_spec_video_model_constraints_model_type(
    value: str,
) -> ModelResponseModelSpecVideoModelConstraintsModelType:
    if value in MODEL_RESPONSE_MODEL_SPEC_VIDEO_MODEL_CONSTRAINTS_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESPONSE_MODEL_SPEC_VIDEO_MODEL_CONSTRAINTS_MODEL_TYPE_VALUES!r}"
    )
