"""Pull the pinned spec: read `spec/lock.json`, fetch, verify sha256, cache under `spec/cache/`.

Sources, in order: an explicit `--from` URL or path; else the offline mirror directory (default
`../shared/venice-spec/`, or `VENICE_SPEC_MIRROR`), searched for a file with the pinned sha256; else the
lock's pinned URL. A spec is identified by its sha256 only (`info.version` is neither unique nor
monotonic upstream). Nothing is written to the cache unless every check passed; the cache file is
replaced atomically. Moving the pin (`update_pin`) rewrites the lock from a new source in one step.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from .specio import SpecError, parse_document, require_openapi3, sha256_bytes

ROOT = Path(__file__).resolve().parents[2]
LOCK_PATH = ROOT / "spec" / "lock.json"
CACHE_PATH = ROOT / "spec" / "cache" / "swagger.yaml"
DEFAULT_MIRROR = ROOT.parent / "shared" / "venice-spec"


@dataclass(frozen=True)
class Lock:
    source_url: str
    pinned_url: str
    info_version: str
    sha256: str

    @classmethod
    def read(cls, path: Path = LOCK_PATH) -> Lock:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                **{key: str(data[key]) for key in ("source_url", "pinned_url", "info_version", "sha256")}
            )
        except (OSError, ValueError, KeyError) as exc:
            raise SpecError(f"{path}: unreadable spec lock ({exc})") from None

    def write(self, path: Path = LOCK_PATH) -> None:
        path.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")


def mirror_dir() -> Path:
    return Path(os.environ.get("VENICE_SPEC_MIRROR", DEFAULT_MIRROR))


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(source: str, *, timeout: float = 30.0) -> bytes:
    """Bytes of `source` (URL or path); raise `SpecError` naming the source if it cannot be read."""
    if is_url(source):
        try:
            response = httpx.get(source, timeout=timeout, follow_redirects=True)
        except httpx.HTTPError as exc:
            raise SpecError(f"cannot fetch {source}: {type(exc).__name__}: {exc}") from None
        if response.status_code != 200:
            raise SpecError(f"cannot fetch {source}: HTTP {response.status_code}")
        return response.content
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read {source}: {exc.strerror}") from None


def validate(data: bytes, *, source: str) -> str:
    """Check `data` is a YAML/JSON OpenAPI 3.x document; return its `info.version`."""
    return require_openapi3(parse_document(data, source=source), source=source)


def find_in_mirror(sha256: str, directory: Path) -> Path | None:
    """A file under `directory` whose content has `sha256`, or None."""
    if not directory.is_dir():
        return None
    for path in sorted(directory.rglob("*.y*ml")) + sorted(directory.rglob("*.json")):
        if path.is_file() and sha256_bytes(path.read_bytes()) == sha256:
            return path
    return None


def _write_cache(data: bytes, cache: Path) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(cache)


def pull(lock: Lock, *, source: str | None = None, cache: Path = CACHE_PATH) -> Path:
    """Ensure `cache` holds the pinned spec and return its path."""
    if cache.is_file() and sha256_bytes(cache.read_bytes()) == lock.sha256 and source is None:
        return cache
    if source is None:
        found = find_in_mirror(lock.sha256, mirror_dir())
        source = str(found) if found else lock.pinned_url
    data = fetch(source)
    actual = sha256_bytes(data)
    if actual != lock.sha256:
        raise SpecError(f"sha256 mismatch for {source}: expected {lock.sha256}, got {actual}")
    validate(data, source=source)
    _write_cache(data, cache)
    return cache


def update_pin(source: str, *, lock_path: Path = LOCK_PATH, cache: Path = CACHE_PATH) -> Lock:
    """Pin the spec at `source` (URL or path): validate it, rewrite the lock, refresh the cache."""
    old = Lock.read(lock_path)
    data = fetch(source)
    version = validate(data, source=source)
    new = Lock(
        source_url=old.source_url,
        pinned_url=source if is_url(source) else str(Path(source).resolve()),
        info_version=version,
        sha256=sha256_bytes(data),
    )
    _write_cache(data, cache)
    new.write(lock_path)
    return new
