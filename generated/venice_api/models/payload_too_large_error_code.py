from typing import Literal

PayloadTooLargeErrorCode = Literal["PAYLOAD_TOO_LARGE"]

PAYLOAD_TOO_LARGE_ERROR_CODE_VALUES: set[PayloadTooLargeErrorCode] = {
    "PAYLOAD_TOO_LARGE",
}


def check_payload_too_large_error_code(value: str) -> PayloadTooLargeErrorCode:
    if value in PAYLOAD_TOO_LARGE_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYLOAD_TOO_LARGE_ERROR_CODE_VALUES!r}"
    )
