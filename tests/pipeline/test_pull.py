"""The pull step: verified by sha256, cached atomically, clear errors and nothing cached on failure."""

from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

import pytest
from pipeline.pull import Lock, durable_url, find_in_mirror, pull, read_manifest, update_pin, validate
from pipeline.specio import SpecError, sha256_bytes

MIRROR = Path(
    os.environ.get("VENICE_SPEC_MIRROR", Path(__file__).resolve().parents[3] / "shared" / "venice-spec")
)
# Whatever spec/lock.json pins (`make update` moves it), found in the mirror by its sha256.
PINNED = find_in_mirror(Lock.read().sha256, MIRROR) or MIRROR / "pinned-spec-missing-from-the-mirror"
# Any other real spec: the newest history file that is not the pinned one (the pin moves).
OLDER = next(
    path
    for path in sorted((MIRROR / "history").glob("*.yaml"), reverse=True)
    if sha256_bytes(path.read_bytes()) != Lock.read().sha256
)


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/swagger.yaml"


def lock_for(data: bytes, pinned_url: str = "https://example.invalid/never-fetched") -> Lock:
    return Lock("https://docs.venice.ai/swagger.yaml", pinned_url, "x", sha256_bytes(data))


def test_committed_lock_pins_the_mirrored_spec() -> None:
    lock = Lock.read()
    assert PINNED.is_file(), f"the mirror has no file with the pinned sha256 {lock.sha256}"
    assert lock.info_version == validate(PINNED.read_bytes(), source=str(PINNED))
    assert lock.sha256 == sha256_bytes(PINNED.read_bytes())


def test_pull_finds_the_pinned_file_in_the_mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    shutil.copy(PINNED, mirror / "any-name.yaml")
    monkeypatch.setenv("VENICE_SPEC_MIRROR", str(mirror))
    cache = tmp_path / "cache" / "swagger.yaml"
    assert pull(Lock.read(), cache=cache) == cache
    assert cache.read_bytes() == PINNED.read_bytes()


def test_unreachable_source_is_named_and_nothing_is_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VENICE_SPEC_MIRROR", str(tmp_path / "empty-mirror"))
    url = closed_port_url()
    cache = tmp_path / "cache" / "swagger.yaml"
    with pytest.raises(SpecError, match=f"cannot fetch {url}: ConnectError"):
        pull(lock_for(PINNED.read_bytes(), pinned_url=url), cache=cache)
    assert not cache.exists()


def test_missing_local_source_is_named(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"cannot read .*nope\.yaml: No such file"):
        pull(Lock.read(), source=str(tmp_path / "nope.yaml"), cache=tmp_path / "c.yaml")


def test_hash_mismatch_prints_expected_and_actual(tmp_path: Path) -> None:
    cache = tmp_path / "swagger.yaml"
    lock = Lock.read()
    actual = sha256_bytes(OLDER.read_bytes())
    with pytest.raises(SpecError) as info:
        pull(lock, source=str(OLDER), cache=cache)
    assert str(info.value) == f"sha256 mismatch for {OLDER}: expected {lock.sha256}, got {actual}"
    assert not cache.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"openapi: [unclosed\n", "not valid YAML/JSON at line"),
        (b'{"swagger": "2.0", "info": {"version": "1"}}', "not an OpenAPI 3.x document"),
    ],
)
def test_bad_documents_are_rejected_even_with_a_matching_hash(
    tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "bad.yaml"
    source.write_bytes(content)
    cache = tmp_path / "cache.yaml"
    with pytest.raises(SpecError, match=message):
        pull(lock_for(content), source=str(source), cache=cache)
    assert not cache.exists()


def test_a_stale_cache_is_replaced(tmp_path: Path) -> None:
    cache = tmp_path / "swagger.yaml"
    cache.write_bytes(OLDER.read_bytes())
    pull(Lock.read(), source=str(PINNED), cache=cache)
    assert sha256_bytes(cache.read_bytes()) == Lock.read().sha256


def test_update_pin_rewrites_the_lock_in_one_step(tmp_path: Path) -> None:
    lock_path = tmp_path / "lock.json"
    Lock.read().write(lock_path)
    cache = tmp_path / "swagger.yaml"
    new = update_pin(str(OLDER), lock_path=lock_path, cache=cache)
    written = json.loads(lock_path.read_text())
    # A mirror file is pinned by the upstream URL of the same bytes (spec/mirror.tsv), never by its path.
    [entry] = [e for e in read_manifest() if e["sha256"] == sha256_bytes(OLDER.read_bytes())]
    assert written == {
        "source_url": "https://docs.venice.ai/swagger.yaml",
        "pinned_url": f"https://raw.githubusercontent.com/veniceai/api-docs/{entry['commit']}/swagger.yaml",
        "info_version": validate(OLDER.read_bytes(), source=str(OLDER)),
        "sha256": sha256_bytes(OLDER.read_bytes()),
    }
    assert new == Lock.read(lock_path)
    assert pull(new, cache=cache) == cache


def test_a_local_file_the_manifest_does_not_list_is_refused_unless_allowed(tmp_path: Path) -> None:
    """Issue 15: a machine-local path must not reach the committed lock without an explicit flag."""
    lock_path, cache = tmp_path / "lock.json", tmp_path / "swagger.yaml"
    Lock.read().write(lock_path)
    before = lock_path.read_bytes()
    local = tmp_path / "my-spec.yaml"
    local.write_bytes(OLDER.read_bytes() + b"\n# edited locally\n")
    with pytest.raises(SpecError) as caught:
        update_pin(str(local), lock_path=lock_path, cache=cache)
    message = str(caught.value)
    assert f"{local} is a local file that spec/mirror.tsv does not list" in message
    assert "--allow-local-pin (make: ALLOW_LOCAL_PIN=1)" in message
    assert lock_path.read_bytes() == before and not cache.exists()

    new = update_pin(str(local), allow_local=True, lock_path=lock_path, cache=cache)
    assert new.pinned_url == str(local.resolve()) and new.sha256 == sha256_bytes(local.read_bytes())


def test_durable_url_keeps_a_url_and_marks_an_allowed_local_path() -> None:
    url = "https://raw.githubusercontent.com/veniceai/api-docs/abc/swagger.yaml"
    assert durable_url(url, "0" * 64) == durable_url(url, "0" * 64, allow_local=True)
    assert (durable_url(url, "0" * 64).url, durable_url(url, "0" * 64).local) == (url, False)
    assert durable_url("spec.yaml", "0" * 64, allow_local=True).local
