"""Failures are read from pytest's JUnit XML, collection errors included, and never hide other tests."""

from __future__ import annotations

from pathlib import Path

from pipeline import testrun


def test_failures_errors_and_collection_errors_are_named_by_file(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    junit.write_text(
        """<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest">
        <testcase classname="tests.release.test_testrun" name="test_ok" />
        <testcase classname="tests.release.test_testrun" name="test_bad[1]"><failure message="x"/></testcase>
        <testcase classname="tests.release.test_testrun.TestGroup" name="test_err"><error/></testcase>
        <testcase classname="" name="tests.release.test_testrun"><error message="collection"/></testcase>
        </testsuite></testsuites>""",
        encoding="utf-8",
    )
    assert testrun.read_junit(junit) == (
        [
            "tests/release/test_testrun.py",
            "tests/release/test_testrun.py::TestGroup::test_err",
            "tests/release/test_testrun.py::test_bad[1]",
        ],
        4,
    )


def test_a_module_that_cannot_be_collected_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = testrun.ROOT / "tests" / "release" / f"_scratch_{tmp_path.name}"
    folder.mkdir()
    try:
        (folder / "test_broken_import.py").write_text("import no_such_module_anywhere\n", encoding="utf-8")
        (folder / "test_fine.py").write_text("def test_fine() -> None:\n    pass\n", encoding="utf-8")
        relative = folder.relative_to(testrun.ROOT)
        run = testrun.run_suite(
            [str(relative), "-p", "no:cacheprovider"], tmp_path / "log", tmp_path / "junit.xml"
        )
    finally:
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()
    assert run.returncode != 0 and run.ran_pytest
    assert run.failures == [f"{relative}/test_broken_import.py"]
    assert run.collected == 2
