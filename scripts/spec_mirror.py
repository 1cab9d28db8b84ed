"""Rebuild the offline spec mirror (the `../shared/venice-spec/` layout) from a clone of veniceai/api-docs.

Usage: python scripts/spec_mirror.py --api-docs DIR --out DIR

For machines without `../shared/` (GitHub's runners): the workflows check out veniceai/api-docs with its
history, run this, and point VENICE_SPEC_MIRROR at the result. The committed manifest `spec/mirror.tsv`
says which file comes from which upstream commit and path, and its sha256: every file is verified
before anything is written, so the mirror is byte for byte the one the tests were written against.
`history/index.tsv` and `models/index.tsv` are derived from the files and their commit times. This
script reads git objects; it never fetches anything.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.pull import MANIFEST, read_manifest
from pipeline.specio import SpecError, iter_operations, parse_document, sha256_bytes

INDEX_HEADERS = {
    "history": "file\tcommit_date\tinfo_version\tn_operations\tsha256",
    "models": "file\tcommit_date\tn_models\tsha256",
}


def git(repo: Path, *args: str) -> bytes:
    proc = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, check=False, env=dict(os.environ, TZ="UTC")
    )
    if proc.returncode != 0:
        raise SpecError(f"git {' '.join(args)} in {repo}: {proc.stderr.decode().strip()}")
    return proc.stdout


def index_row(folder: str, name: str, data: bytes, commit_date: str) -> str:
    if folder == "history":
        doc = parse_document(data, source=name)
        operations = sum(1 for _ in iter_operations(doc))
        return f"{name}\t{commit_date}\t{doc['info']['version']}\t{operations}\t{sha256_bytes(data)}"
    return f"{name}\t{commit_date}\t{len(json.loads(data))}\t{sha256_bytes(data)}"


def build(api_docs: Path, out: Path, manifest: list[dict[str, str]]) -> int:
    """Write the mirror into `out` (replaced only when every file verified); return the file count."""
    with tempfile.TemporaryDirectory(prefix="venice-mirror-", dir=out.parent) as scratch:
        staging = Path(scratch) / "mirror"
        rows: dict[str, list[str]] = {folder: [] for folder in INDEX_HEADERS}
        for entry in manifest:
            data = git(api_docs, "show", f"{entry['commit']}:{entry['source']}")
            if sha256_bytes(data) != entry["sha256"]:
                raise SpecError(f"{entry['path']}: {entry['commit']}:{entry['source']} has another sha256")
            target = staging / entry["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            folder = Path(entry["path"]).parent.name
            if folder in rows:
                date = git(
                    api_docs,
                    "show",
                    "-s",
                    "--date=format-local:%Y-%m-%dT%H:%M:%SZ",
                    "--format=%cd",
                    entry["commit"],
                )
                rows[folder].append(index_row(folder, target.name, data, date.decode().strip()))
        for folder, folder_rows in rows.items():
            if folder_rows:
                text = "\n".join([INDEX_HEADERS[folder], *sorted(folder_rows)]) + "\n"
                (staging / folder / "index.tsv").write_text(text, encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    return len(manifest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--api-docs", type=Path, required=True, help="a clone of veniceai/api-docs with history"
    )
    parser.add_argument("--out", type=Path, required=True, help="the mirror directory to (re)create")
    parser.add_argument("--manifest", type=Path, default=MANIFEST, help="default: spec/mirror.tsv")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        count = build(args.api_docs.resolve(), out, read_manifest(args.manifest))
    except SpecError as exc:
        print(f"spec_mirror: {exc}", file=sys.stderr)
        return 1
    print(f"spec_mirror: {count} files verified and written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
