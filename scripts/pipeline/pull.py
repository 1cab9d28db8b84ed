"""Pull the pinned spec: read `spec/lock.json`, fetch, verify sha256, cache under `spec/cache/`.

Sources, in order: an explicit `--from` URL or path; else the offline mirror directory (default
`../shared/venice-spec/`, or `VENICE_SPEC_MIRROR`), searched for a file with the pinned sha256; else the
lock's pinned URL. A spec is identified by its sha256 only (`info.version` is neither unique nor
monotonic upstream). Nothing is written to the cache unless every check passed; the cache file is
replaced atomically. Moving the pin (`update_pin`) rewrites the lock from a new source in one step.

The lock is committed, so its `pinned_url` must name a source every machine can read (`durable_url`): a
URL, or, for a local file, the upstream URL of the same bytes when `spec/mirror.tsv` (the mirror's
manifest) knows its sha256. Any other local path is refused unless the caller allows a local pin
explicitly, and then says so: the path means nothing on another machine.
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
MANIFEST = ROOT / "spec" / "mirror.tsv"
UPSTREAM_RAW = "https://raw.githubusercontent.com/veniceai/api-docs/{commit}/{source}"
LOCAL_PIN_FLAG = "--allow-local-pin"


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


def read_manifest(path: Path = MANIFEST) -> list[dict[str, str]]:
    """The mirror manifest's rows: `path`, `commit` and `source` (in veniceai/api-docs), `sha256`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def upstream_url(sha256: str, manifest: Path = MANIFEST) -> str | None:
    """The immutable upstream URL of the spec with `sha256`, if the mirror manifest lists it."""
    for entry in read_manifest(manifest):
        if entry["sha256"] == sha256:
            return UPSTREAM_RAW.format(commit=entry["commit"], source=entry["source"])
    return None


@dataclass(frozen=True)
class PinSource:
    """What `spec/lock.json` records as `pinned_url`; `local` when it is a path on this machine only."""

    url: str
    local: bool = False


def durable_url(source: str, sha256: str, *, allow_local: bool = False) -> PinSource:
    """The `pinned_url` for the spec read from `source` (its bytes have `sha256`); raise `SpecError` for
    a local file no manifest entry names, unless `allow_local`."""
    if is_url(source):
        return PinSource(source)
    if upstream := upstream_url(sha256):
        return PinSource(upstream)
    if allow_local:
        return PinSource(str(Path(source).resolve()), local=True)
    raise SpecError(
        f"{source} is a local file that spec/mirror.tsv does not list (sha256 {sha256[:12]}), so "
        "spec/lock.json's pinned_url would name a path that exists on this machine only. Pin its URL "
        f"instead (e.g. {UPSTREAM_RAW.format(commit='<commit>', source='swagger.yaml')}), or pass "
        f"{LOCAL_PIN_FLAG} (make: ALLOW_LOCAL_PIN=1) to pin the path anyway for a local trial, "
        "not for a commit"
    )


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


def update_pin(
    source: str, *, allow_local: bool = False, lock_path: Path = LOCK_PATH, cache: Path = CACHE_PATH
) -> Lock:
    """Pin the spec at `source` (URL or path): validate it, rewrite the lock, refresh the cache. The
    pinned URL is `durable_url`'s: a local file the manifest does not list needs `allow_local`."""
    old = Lock.read(lock_path)
    data = fetch(source)
    version = validate(data, source=source)
    sha256 = sha256_bytes(data)
    new = Lock(
        source_url=old.source_url,
        pinned_url=durable_url(source, sha256, allow_local=allow_local).url,
        info_version=version,
        sha256=sha256,
    )
    _write_cache(data, cache)
    new.write(lock_path)
    return new
