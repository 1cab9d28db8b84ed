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


def test_a_download_reserves_its_announced_size_first(
    raw_server: Any, mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reserved: list[int] = []
    real = os.posix_fallocate

    def spy(fd: int, offset: int, length: int) -> None:
        reserved.append(length)
        real(fd, offset, length)

    monkeypatch.setattr(os, "posix_fallocate", spy)
    target = tmp_path / "speech.mp3"
    server = raw_server(lambda request: ok(AUDIO, "audio/mpeg"))
    run(mode, server.base_url, "speech_to_file", target)
    assert reserved == [len(AUDIO)]
    assert target.read_bytes() == AUDIO


@pytest.mark.parametrize("errno_name", ["EOPNOTSUPP", "ENOSPC", "EDQUOT"])
def test_a_reservation_the_disk_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errno_name: str
) -> None:
    """A filesystem that cannot reserve writes as usual; a full disk fails before any byte."""
    import errno

    from venice._results._downloads import partial_file

    def refuse(fd: int, offset: int, length: int) -> None:
        code = getattr(errno, errno_name)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "posix_fallocate", refuse)
    target = tmp_path / "out.bin"
    target.write_bytes(b"before")
    if errno_name != "EOPNOTSUPP":
        with (
            pytest.raises(OSError, match=os.strerror(getattr(errno, errno_name))),
            partial_file(target, 10) as out,
        ):
            out.write(b"never")
        assert target.read_bytes() == b"before"
    else:
        with partial_file(target, 10) as out:
            out.write(b"0123456789")
        assert target.read_bytes() == b"0123456789"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_file_ends_where_writing_did_even_if_more_was_reserved(tmp_path: Path) -> None:
    from venice._results._downloads import partial_file

    target = tmp_path / "out.bin"
    with partial_file(target, 1_000_000) as out:
        out.write(b"short")
    assert target.read_bytes() == b"short"
