"""The release workflow's one decision: which version a run publishes, under which tag.

Usage:
  python scripts/release_tag.py --tag v1.2.3  # a pushed tag: it must name its commit's version
  python scripts/release_tag.py --merged      # HEAD is a merged update: publish if it raised the version
  options: --push (push the tag --merged creates to origin), --repo DIR (default: this checkout)

The version is `__version__` in src/venice/_version.py, read by `pipeline.release.read_version` (the
reader `make update` writes it with). `--merged` compares HEAD with its first parent, the default branch
just before the merge; that holds for a squash, a merge commit, and a rebase of the bot's one commit.

Outcomes:
  release   exit 0: publish `version`; with --merged, the annotated tag vX.Y.Z now marks HEAD (pushed with
            --push; a tag that already marks HEAD is kept, so a re-run is harmless)
  skip      exit 0: --merged and the version did not change, nothing to publish
  refused   exit 1: the pushed tag does not name HEAD's version, or vX.Y.Z already marks another commit
Under GitHub Actions, `release` (true/false), `version` and `tag` go to $GITHUB_OUTPUT and one line to
$GITHUB_STEP_SUMMARY. This script never builds nor uploads (`make dist` and the publish step do), and it
pushes nothing but the tag.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pipeline import release

VERSION_PATH = release.VERSION_FILE.relative_to(release.ROOT).as_posix()
TAG = re.compile(r"^v(?P<version>\d+\.\d+\.\d+)$")


class Refused(Exception):
    """The run must not publish: the message says why."""


@dataclass(frozen=True)
class Decision:
    release: bool
    version: str
    tag: str
    reason: str


def git(repo: Path, *args: str) -> str:
    proc = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise Refused(f"git {' '.join(args)} failed: {proc.stderr.strip()}")
    return proc.stdout.strip()


def version_at(repo: Path, revision: str) -> str:
    """`__version__` of src/venice/_version.py as committed at `revision`."""
    text = git(repo, "show", f"{revision}:{VERSION_PATH}")
    with tempfile.TemporaryDirectory(prefix="venice-release-") as scratch:
        path = Path(scratch) / "_version.py"
        path.write_text(text + "\n", encoding="utf-8")
        return release.read_version(path)


def tagged_commit(repo: Path, tag: str) -> str | None:
    proc = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "-q", "--verify", f"refs/tags/{tag}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.stdout.strip() if proc.returncode == 0 else None


def for_tag(repo: Path, tag: str) -> Decision:
    """A pushed tag publishes only the version its commit declares."""
    match = TAG.match(tag)
    if match is None:
        raise Refused(f"tag {tag!r} is not vMAJOR.MINOR.PATCH")
    version = version_at(repo, "HEAD")
    if match["version"] != version:
        raise Refused(f"tag {tag} marks a commit whose {VERSION_PATH} says {version}: tag v{version}")
    return Decision(True, version, tag, f"tag {tag}")


def for_merge(repo: Path, *, push: bool) -> Decision:
    """A merged update publishes when it raised the version; the tag is created here."""
    version, before = version_at(repo, "HEAD"), version_at(repo, "HEAD^1")
    tag = f"v{version}"
    if version == before:
        return Decision(False, version, tag, f"the merge left the version at {version}: nothing to publish")
    head = git(repo, "rev-parse", "HEAD")
    existing = tagged_commit(repo, tag)
    if existing is None:
        git(repo, "tag", "--annotate", tag, "--message", f"venice-bindings {version}", head)
    elif existing != head:
        raise Refused(f"{tag} already marks {existing[:12]}, not the merged commit {head[:12]}")
    if push:
        git(repo, "push", "origin", f"refs/tags/{tag}")
    return Decision(True, version, tag, f"the merge raised the version from {before} to {version}: tag {tag}")


def report(decision: Decision) -> None:
    print(f"release_tag: {decision.reason}")
    if output := os.environ.get("GITHUB_OUTPUT"):
        with open(output, "a", encoding="utf-8") as handle:
            handle.write(f"release={str(decision.release).lower()}\n")
            handle.write(f"version={decision.version}\ntag={decision.tag}\n")
    if summary := os.environ.get("GITHUB_STEP_SUMMARY"):
        verdict = f"publishing venice-bindings {decision.version}" if decision.release else "no release"
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(f"**{verdict}**: {decision.reason}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--tag", help="the pushed tag (vX.Y.Z) that started the run")
    mode.add_argument("--merged", action="store_true", help="HEAD is a merged update pull request")
    parser.add_argument("--push", action="store_true", help="push the tag --merged creates to origin")
    parser.add_argument(
        "--repo", type=Path, default=release.ROOT, help="the git checkout (default: this one)"
    )
    args = parser.parse_args(argv)
    try:
        decision = for_tag(args.repo, args.tag) if args.tag else for_merge(args.repo, push=args.push)
    except Refused as exc:
        print(f"release_tag: refused: {exc}", file=sys.stderr)
        return 1
    report(decision)
    return 0


if __name__ == "__main__":
    sys.exit(main())
