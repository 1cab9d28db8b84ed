from typing import Literal

QuoteVideoRequestUpscaleFactor = Literal[1, 2, 4]

QUOTE_VIDEO_REQUEST_UPSCALE_FACTOR_VALUES: set[QuoteVideoRequestUpscaleFactor] = {
    1,
    2,
    4,
}


def check_quote_video_request_upscale_factor(
    value: int,
) -> QuoteVideoRequestUpscaleFactor:
    if value in QUOTE_VIDEO_REQUEST_UPSCALE_FACTOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUOTE_VIDEO_REQUEST_UPSCALE_FACTOR_VALUES!r}"
    )
