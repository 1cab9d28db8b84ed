"""Venice's 40 documented error codes, and recognising one from an error message.

Venice's body is usually only ``{"error": "<message>"}``, so the documented message identifies the
code: ``venice_code_for_message`` matches a message against the table (exact, then the longest
documented message that starts it). The table is Venice's error-code page, restated here because
the spec does not carry it. No I/O.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["VENICE_ERROR_CODES", "venice_code_for_message"]


# Venice's documented error table (docs: error-codes.txt): code -> (HTTP status, message).
# Venice's body is usually only {"error": "<message>"}, so the message identifies the code.
VENICE_ERROR_CODES: Mapping[str, tuple[int, str]] = {
    "AUTHENTICATION_FAILED": (401, "Authentication failed"),
    "AUTHENTICATION_FAILED_INACTIVE_KEY": (
        401,
        "Authentication failed - Pro subscription is inactive. Please upgrade your subscription to "
        "continue using the API",
    ),
    "X402_INVALID_SIGN_IN": (401, "Invalid Sign-in-with-x signature"),
    "PRO_ONLY_MODEL": (401, "This model is only available to Pro users"),
    "INSUFFICIENT_BALANCE": (
        402,
        "Insufficient USD or Diem balance to complete request. Visit https://venice.ai/settings/api to add "
        "credits.",
    ),
    "API_KEY_DIEM_SPEND_LIMIT_EXCEEDED": (
        402,
        "API key DIEM spend limit exceeded. Your account may still have DIEM balance, but this API key has "
        "reached its configured DIEM spending limit.",
    ),
    "API_KEY_USD_SPEND_LIMIT_EXCEEDED": (
        402,
        "API key USD spend limit exceeded. Your account may still have USD balance, but this API key has "
        "reached its configured USD spending limit.",
    ),
    "UNAUTHORIZED": (403, "Unauthorized access"),
    "API_ACCESS_DISABLED": (
        403,
        "API access has been disabled for this account. Please contact support@venice.ai",
    ),
    "X402_WALLET_MISMATCH": (403, "You can only access resources for your own wallet"),
    "INVALID_REQUEST": (400, "Invalid request parameters"),
    "INVALID_MODEL": (400, "Invalid model specified"),
    "REQUEST_ID_NOT_FOUND": (400, "Request ID is invalid."),
    "INVALID_AUDIO_FORMAT": (400, "Invalid audio format. Supported formats are WAV and MP3."),
    "INVALID_VIDEO_FORMAT": (
        400,
        "Invalid video format. Supported formats include MP4, MOV, WebM, MKV, AVI, and others.",
    ),
    "CORRUPTED_IMAGE": (400, "The image file is corrupted or unreadable"),
    "IMAGE_TOO_SMALL": (400, "Image dimensions are too small"),
    "TOO_MANY_TOKENS": (
        400,
        "Your request exceeds the model\u2019s maximum context. "
        "Please reduce your prompt or completion length.",
    ),
    "CHARACTER_NOT_FOUND": (404, "No character could be found from the provided character_slug"),
    "MODEL_NOT_FOUND": (404, "Specified model not found"),
    "MEDIA_NOT_FOUND": (404, "Media could not be found. Request may may be invalid, expired, or deleted."),
    "PAYLOAD_TOO_LARGE": (413, "The request payload is too large. Please reduce the size of your request."),
    "INVALID_CONTENT_TYPE": (415, "Invalid request content-type"),
    "VIDEO_DURATION_TOO_LONG": (422, "Video duration exceeds the maximum allowed."),
    "VIDEO_DURATION_TOO_SHORT": (422, "Video duration is too short."),
    "IMAGE_TOO_LARGE": (422, "Image dimensions exceed the maximum allowed."),
    "CONTENT_POLICY_VIOLATION": (
        422,
        "Your prompt violates the content policy of Venice.ai or the model provider",
    ),
    "ASR_UPSTREAM_VALIDATION_FAILED": (
        422,
        "The audio could not be processed for transcription. Common causes: zero-length, silent, corrupt, or "
        "unsupported-language audio. Please verify the file and retry.",
    ),
    "RATE_LIMIT_EXCEEDED": (429, "Rate limit exceeded"),
    "MODEL_OVERLOADED": (429, "The model is currently overloaded. Please try again later."),
    "INFERENCE_FAILED": (500, "Inference processing failed"),
    "UPSCALE_FAILED": (500, "Image upscaling failed"),
    "IMAGE_EDIT_ERROR": (500, "Image edit failed"),
    "UNKNOWN_ERROR": (500, "An unknown error occurred"),
    "TEE_ATTESTATION_FAILED": (
        502,
        "TEE attestation request failed. The Trusted Execution Environment provider may be temporarily "
        "unavailable.",
    ),
    "TEE_SIGNATURE_FAILED": (
        502,
        "TEE signature request failed. The Trusted Execution Environment provider may be temporarily "
        "unavailable.",
    ),
    "ASR_UPSTREAM_FAILED": (
        502,
        "Audio transcription failed due to a temporary upstream error. Please retry.",
    ),
    "MODEL_OFFLINE": (503, "The model is temporarily offline. Please try again later."),
    "MODEL_AT_CAPACITY": (503, "The model is at capacity. Please try again later."),
    "REQUEST_TIMEOUT": (
        504,
        "The request took too long to complete and was timed-out. For long-running inference requests, use "
        "the streaming API by setting stream=true in your request.",
    ),
}


def _normalise(message: str) -> str:
    # Servers drift in trailing punctuation and apostrophes; compare on a canonical form.
    return message.replace("\u2019", "'").strip().rstrip(".").casefold()


_CODE_BY_MESSAGE: dict[str, str] = {_normalise(msg): code for code, (_, msg) in VENICE_ERROR_CODES.items()}
# Longest first, so "Authentication failed - Pro subscription..." wins over "Authentication failed".
_PREFIXES: list[tuple[str, str]] = sorted(_CODE_BY_MESSAGE.items(), key=lambda item: -len(item[0]))


def venice_code_for_message(message: str, status_code: int | None = None) -> str | None:
    """Return the documented Venice error code whose message matches ``message``, else ``None``.

    An exact (normalised) match wins; otherwise the longest documented message that starts the
    given one, restricted to codes documented for ``status_code`` when it is given.
    """
    norm = _normalise(message)
    code = _CODE_BY_MESSAGE.get(norm)
    if code is not None:
        return code
    for documented, candidate in _PREFIXES:
        if norm.startswith(documented) and (
            status_code is None or VENICE_ERROR_CODES[candidate][0] == status_code
        ):
            return candidate
    return None
