"""A few bytes of each binary media type the API answers with, for the offline Venice.

PNG and WAV are complete, valid files (a 1x1 transparent pixel, an empty PCM track); the others
start with their format's signature, which is what content sniffers and file writers look at, but
are not decodable pictures, sounds or films.
"""

from __future__ import annotations

import struct

_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
_WAV = b"RIFF" + struct.pack("<I", 36) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 24000, 48000, 2, 16)
_WAV += b"data" + struct.pack("<I", 0)

_SIGNATURES = {
    "image/png": _PNG,
    "image/jpeg": bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9"),
    "image/webp": b"RIFF" + struct.pack("<I", 12) + b"WEBPVP8 " + struct.pack("<I", 0),
    "audio/wav": _WAV,
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes.fromhex("fffb9000") + bytes(413),
    "audio/flac": b"fLaC" + bytes(38),
    "audio/aac": bytes.fromhex("fff15080021ffc") + bytes(16),
    "audio/opus": b"OggS\x00\x02" + bytes(20) + b"OpusHead",
    "audio/pcm": bytes(480),
    "video/mp4": struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2",
}


def sample_bytes(media_type: str) -> bytes:
    """Bytes of `media_type`: its signature (or a whole small file), else a line naming it."""
    return _SIGNATURES.get(media_type.lower(), f"offline Venice: {media_type}\n".encode())
