from typing import Literal

EditImageJsonBodyModelId = Literal[
    "firered-image-edit",
    "flux-2-max-edit",
    "gpt-image-1-5-edit",
    "gpt-image-2-edit",
    "grok-imagine-edit",
    "grok-imagine-image-2-0-edit",
    "grok-imagine-quality-edit",
    "luma-uni-1-edit",
    "luma-uni-1-max-edit",
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

EDIT_IMAGE_JSON_BODY_MODEL_ID_VALUES: set[EditImageJsonBodyModelId] = {
    "firered-image-edit",
    "flux-2-max-edit",
    "gpt-image-1-5-edit",
    "gpt-image-2-edit",
    "grok-imagine-edit",
    "grok-imagine-image-2-0-edit",
    "grok-imagine-quality-edit",
    "luma-uni-1-edit",
    "luma-uni-1-max-edit",
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


def check_edit_image_json_body_model_id(value: str) -> EditImageJsonBodyModelId:
    if value in EDIT_IMAGE_JSON_BODY_MODEL_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_JSON_BODY_MODEL_ID_VALUES!r}"
    )
