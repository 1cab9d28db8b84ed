from typing import Literal

MultiEditImageFilesBodyModelId = Literal[
    "firered-image-edit",
    "flux-2-max-edit",
    "gpt-image-1-5-edit",
    "gpt-image-2-edit",
    "grok-imagine-edit",
    "grok-imagine-image-2-0-edit",
    "grok-imagine-quality-edit",
    "nano-banana-2-edit",
    "nano-banana-2-lite-edit",
    "nano-banana-pro-edit",
    "qwen-edit-uncensored",
    "qwen-image-2-edit",
    "qwen-image-2-pro-edit",
    "qwen-image-3-edit",
    "qwen-image-3-pro-edit",
    "seedream-v4-edit",
    "seedream-v5-lite-edit",
    "seedream-v5-pro-edit",
    "wan-2-7-pro-edit",
]

MULTI_EDIT_IMAGE_FILES_BODY_MODEL_ID_VALUES: set[MultiEditImageFilesBodyModelId] = {
    "firered-image-edit",
    "flux-2-max-edit",
    "gpt-image-1-5-edit",
    "gpt-image-2-edit",
    "grok-imagine-edit",
    "grok-imagine-image-2-0-edit",
    "grok-imagine-quality-edit",
    "nano-banana-2-edit",
    "nano-banana-2-lite-edit",
    "nano-banana-pro-edit",
    "qwen-edit-uncensored",
    "qwen-image-2-edit",
    "qwen-image-2-pro-edit",
    "qwen-image-3-edit",
    "qwen-image-3-pro-edit",
    "seedream-v4-edit",
    "seedream-v5-lite-edit",
    "seedream-v5-pro-edit",
    "wan-2-7-pro-edit",
}


def check_multi_edit_image_files_body_model_id(
    value: str,
) -> MultiEditImageFilesBodyModelId:
    if value in MULTI_EDIT_IMAGE_FILES_BODY_MODEL_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_EDIT_IMAGE_FILES_BODY_MODEL_ID_VALUES!r}"
    )
