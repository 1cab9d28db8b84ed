"""scripts/release_tag.py on real git repositories: what a tag or a merged update publishes, and the tag."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import release_tag


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def commit_version(repo: Path, version: str, message: str) -> str:
    path = repo / release_tag.VERSION_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'"""The version."""\n\n__version__ = "{version}"\n', encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "--quiet", "--message", message)
    return git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout of the default branch at version 0.1.0, with a bare `origin` to push tags to."""
    origin, work = tmp_path / "origin.git", tmp_path / "work"
    subprocess.run(["git", "init", "--quiet", "--bare", str(origin)], check=True)
    subprocess.run(["git", "init", "--quiet", "--initial-branch", "main", str(work)], check=True)
    for key, value in {"user.name": "t", "user.email": "t@example.com", "commit.gpgsign": "false"}.items():
        git(work, "config", key, value)
    git(work, "remote", "add", "origin", str(origin))
    commit_version(work, "0.1.0", "first release")
    monkeypatch.setenv("GITHUB_OUTPUT", str(tmp_path / "output"))
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary"))
    return work


def outputs(repo: Path) -> dict[str, str]:
    lines = (repo.parent / "output").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines)


def remote_tags(repo: Path) -> dict[str, str]:
    """Annotated tag name -> the commit it marks, as origin has them (the `^{}` lines are the commits)."""
    lines = git(repo, "ls-remote", "--tags", "origin").splitlines()
    return {
        ref[len("refs/tags/") : -len("^{}")]: sha for sha, ref in map(str.split, lines) if ref.endswith("^{}")
    }


def test_a_squashed_update_that_raised_the_version_is_tagged_pushed_and_released(repo: Path) -> None:
    merged = commit_version(repo, "0.2.0", "Bindings for Venice spec X (v0.2.0) (#7)")
    assert release_tag.main(["--repo", str(repo), "--merged", "--push"]) == 0
    assert outputs(repo) == {"release": "true", "version": "0.2.0", "tag": "v0.2.0"}
    assert remote_tags(repo) == {"v0.2.0": merged}
    assert git(repo, "cat-file", "-t", "v0.2.0").strip() == "tag"  # annotated
    assert "publishing venice-bindings 0.2.0" in (repo.parent / "summary").read_text(encoding="utf-8")


def test_a_merge_commit_compares_with_the_default_branch_before_the_merge(repo: Path) -> None:
    git(repo, "switch", "--quiet", "-c", "bot/update-bindings")
    commit_version(repo, "0.1.1", "Bindings for Venice spec X (v0.1.1)")
    git(repo, "switch", "--quiet", "main")
    git(repo, "merge", "--quiet", "--no-ff", "--message", "Merge pull request #8", "bot/update-bindings")
    assert release_tag.main(["--repo", str(repo), "--merged"]) == 0
    assert outputs(repo)["release"] == "true"
    assert git(repo, "rev-parse", "v0.1.1^{commit}") == git(repo, "rev-parse", "HEAD")
    assert remote_tags(repo) == {}  # without --push the tag stays local


def test_a_merge_that_left_the_version_alone_publishes_nothing(repo: Path) -> None:
    (repo / "README.md").write_text("docs\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "--quiet", "--message", "docs")
    assert release_tag.main(["--repo", str(repo), "--merged", "--push"]) == 0
    assert outputs(repo)["release"] == "false"
    assert git(repo, "tag", "--list") == "" and remote_tags(repo) == {}


def test_a_rerun_keeps_the_tag_that_already_marks_the_merged_commit(repo: Path) -> None:
    merged = commit_version(repo, "0.2.0", "update")
    assert release_tag.main(["--repo", str(repo), "--merged", "--push"]) == 0
    assert release_tag.main(["--repo", str(repo), "--merged", "--push"]) == 0
    assert remote_tags(repo) == {"v0.2.0": merged}


def test_a_version_already_tagged_elsewhere_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "tag", "v0.2.0", elsewhere)
    commit_version(repo, "0.2.0", "update")
    assert release_tag.main(["--repo", str(repo), "--merged", "--push"]) == 1
    assert f"v0.2.0 already marks {elsewhere[:12]}" in capsys.readouterr().err
    assert not (repo.parent / "output").exists()


def test_a_pushed_tag_publishes_the_version_of_the_commit_it_marks(repo: Path) -> None:
    assert release_tag.main(["--repo", str(repo), "--tag", "v0.1.0"]) == 0
    assert outputs(repo) == {"release": "true", "version": "0.1.0", "tag": "v0.1.0"}


@pytest.mark.parametrize(
    ("tag", "reason"),
    [("v0.2.0", "says 0.1.0: tag v0.1.0"), ("v0.1", "is not vMAJOR.MINOR.PATCH"), ("0.1.0", "is not vMAJOR")],
)
def test_a_tag_that_does_not_name_the_commits_version_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str], tag: str, reason: str
) -> None:
    assert release_tag.main(["--repo", str(repo), "--tag", tag]) == 1
    assert reason in capsys.readouterr().err
    assert not (repo.parent / "output").exists()
