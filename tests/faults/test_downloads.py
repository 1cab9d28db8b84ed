"""``write_to_file`` is all or nothing (issue 9, item 4).

The body goes to a new file beside the target and replaces it only once the whole body arrived
and matched ``Content-Length``; a failure leaves the target as it was and no partial file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

import venice

from ._modes import run
from .raw_server import cut, gzipped, ok

AUDIO = bytes(range(256)) * 3907  # 1,000,192 bytes, not all zero


@pytest.mark.parametrize("then", ["reset", "close"])
@pytest.mark.parametrize("existing", [b"the previous recording", None])
def test_truncated_download_leaves_the_target_as_it_was(
    raw_server: Any, mode: str, tmp_path: Path, then: str, existing: bytes | None
) -> None:
    target = tmp_path / "speech.mp3"
    if existing is not None:
        target.write_bytes(existing)
    server = raw_server(lambda request: cut(200, AUDIO, "audio/mpeg", sent=262_144, then=then))
    with pytest.raises(venice.StreamInterruptedError):
        run(mode, server.base_url, "speech_to_file", target)
    if existing is None:
        assert not target.exists()
    else:
        assert target.read_bytes() == existing
    assert [p.name for p in tmp_path.iterdir()] == ([target.name] if existing is not None else [])
    assert len(server.requests) == 1


def test_complete_download_replaces_the_target(raw_server: Any, mode: str, tmp_path: Path) -> None:
    target = tmp_path / "speech.mp3"
    target.write_bytes(b"old")
    server = raw_server(lambda request: ok(AUDIO, "audio/mpeg"))
    run(mode, server.base_url, "speech_to_file", target)
    assert target.read_bytes() == AUDIO
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_new_file_gets_the_usual_permissions(raw_server: Any, mode: str, tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    server = raw_server(lambda request: ok(b"ID3", "audio/mpeg"))
    target = tmp_path / "new.mp3"
    run(mode, server.base_url, "speech_to_file", str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_unwritable_directory_raises_before_reading(raw_server: Any, mode: str, tmp_path: Path) -> None:
    server = raw_server(lambda request: ok(AUDIO, "audio/mpeg"))
    with pytest.raises(FileNotFoundError):
        run(mode, server.base_url, "speech_to_file", tmp_path / "missing-dir" / "x.mp3")


def test_a_gzip_encoded_download_is_written_decoded(raw_server: Any, mode: str, tmp_path: Path) -> None:
    # An unencoded body is written as it arrives; an encoded one goes through httpx's decoder.
    target = tmp_path / "speech.mp3"
    server = raw_server(lambda request: gzipped(AUDIO, "audio/mpeg"))
    run(mode, server.base_url, "speech_to_file", target)
    assert target.read_bytes() == AUDIO
