"""The batch runner when its dependencies fail: Redis killed, restarted or stalled; the disk full
(an injected ``ENOSPC``, and a real file-size limit set with ``RLIMIT_FSIZE``, which needs no
root); a second run on the same output; SIGTERM. Real processes and servers on 127.0.0.1.

``bench/batch_redis_kill.py`` measures the Redis case on 2,000 requests, three times.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import resource
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import redis as redis_client
from _pinned import requires
from batch_files import batch_command, input_and_output, line_count, results, sent_prompts
from loopback import API_KEY, LoopbackVenice
from redis_server import RedisServer

from venice import Venice
from venice.batch import BatchWriteError, run_batch
from venice.ratelimit import LimitState, RedisStore


def wait_for_lines(path: Path, count: int, process: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while line_count(path) < count:
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, f"{line_count(path)} lines after {timeout} s"
        time.sleep(0.01)


def assert_whole_lines(path: Path) -> None:
    data = path.read_bytes()
    assert data.endswith(b"\n"), "a half line at the end"
    for line in data.splitlines():
        json.loads(line)


# ---- Redis


def test_redis_killed_and_restarted_mid_run_the_run_goes_on_warns_and_loses_nothing(tmp_path: Path) -> None:
    source, out = input_and_output(tmp_path, 600)
    redis = RedisServer()
    with redis as redis_url, LoopbackVenice(limit=150, window=1.0, record=True) as server:
        command, env = batch_command(
            server, str(source), "-o", str(out), "--redis", redis_url, "-c", "16", "--no-progress"
        )
        process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
        wait_for_lines(out, 100, process)
        redis.kill()
        wait_for_lines(out, 250, process)
        redis.start()
        _, errors = process.communicate(timeout=120)
        sent = sent_prompts(server)
    assert process.returncode == 0, errors
    assert "Traceback" not in errors
    where = redis_url.removeprefix("redis://").removesuffix("/0")
    assert f"Redis at {where} is unreachable (ConnectionError); this process goes on with its own" in errors
    assert f"Redis at {where} answers again; the limit is shared again" in errors
    assert "600 succeeded, 0 failed" in errors
    lines = results(out)  # one line per custom_id: nothing duplicated
    assert len(lines) == 600 and all(line["error"] is None for line in lines.values())
    assert len(sent) == len(set(sent)) == 600  # nothing sent twice


def test_a_stalled_redis_costs_one_timeout_and_the_store_goes_on_alone_until_it_answers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    redis = RedisServer()
    with redis as redis_url:
        store = RedisStore(redis_url, key="stall", timeout=0.3, retry_interval=0.5)

        def count(state: LimitState) -> int:
            state.started += 1
            return state.started

        assert store.update(count) == 1
        redis.pause()
        try:
            start = time.monotonic()
            with caplog.at_level(logging.WARNING, "venice.ratelimit"):
                assert store.update(count) == 2  # from the last state seen, in this process
            stalled = time.monotonic() - start
            assert store.update(count) == 3  # within retry_interval: Redis is not asked
            assert time.monotonic() - start < stalled + 0.1
        finally:
            redis.resume()
        time.sleep(0.6)
        # The command sent into the stall may have run when the server woke: read what Redis holds.
        with redis_client.Redis.from_url(redis_url) as other:
            shared = LimitState.from_json(json.loads(other.get("stall"))).started
        with caplog.at_level(logging.WARNING, "venice.ratelimit"):
            assert store.update(count) == shared + 1  # Redis's state again, not this process's 3
        store.close()
    assert shared in (1, 2)
    assert 0.3 <= stalled < 2.0
    assert store.outages == 1
    assert [r.getMessage().split(";")[0] for r in caplog.records] == [
        f"venice.ratelimit: Redis at 127.0.0.1:{redis.port} is unreachable (TimeoutError)",
        f"venice.ratelimit: Redis at 127.0.0.1:{redis.port} answers again",
    ]


# ---- disk full


def full_disk_for(path: Path, monkeypatch: pytest.MonkeyPatch, *, after: int, truncate_fails: bool) -> None:
    """Writes to ``path`` (only) take ``after`` whole lines, then half a line, then fail with ENOSPC;
    with ``truncate_fails``, cutting the file back fails too (EIO)."""
    real_write, real_ftruncate = os.write, os.ftruncate
    writes = 0

    def is_output(fd: int) -> bool:
        return path.exists() and os.path.samestat(os.fstat(fd), os.stat(path))

    def write(fd: int, data: bytes) -> int:
        nonlocal writes
        if not is_output(fd):
            return real_write(fd, data)
        writes += 1
        if writes <= after:
            return real_write(fd, data)
        if writes == after + 1:
            return real_write(fd, memoryview(data)[: len(data) // 2])  # a short write, as on a full disk
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def ftruncate(fd: int, length: int) -> None:
        if truncate_fails and is_output(fd):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_ftruncate(fd, length)

    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "ftruncate", ftruncate)


@pytest.mark.parametrize("truncate_fails", [False, True], ids=["cut-back", "half-line-left"])
def test_disk_full_stops_with_a_clear_error_whole_lines_and_a_resume_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, truncate_fails: bool
) -> None:
    source, out = input_and_output(tmp_path, 60)
    with LoopbackVenice(record=True) as server:
        with monkeypatch.context() as patch:
            full_disk_for(out, patch, after=25, truncate_fails=truncate_fails)
            with pytest.raises(BatchWriteError) as raised:
                run_batch(source, out, api_key=API_KEY, base_url=server.base_url, concurrency=4)
        first_sent = len(server.stats.requests)
        written = out.read_bytes()
        summary = run_batch(source, out, api_key=API_KEY, base_url=server.base_url, concurrency=4)
    assert raised.value.errno == errno.ENOSPC
    assert str(raised.value) == (
        f"{out}: cannot write to the batch output (No space left on device); the run stopped and the "
        "file keeps every result written so far. Free some space, then rerun the same command to send "
        "the rest"
    )
    assert written.endswith(b"\n") is not truncate_fails  # cut back to whole lines, unless that failed
    assert written.count(b"\n") == 25
    assert summary.dropped_partial_line is truncate_fails
    assert (summary.already_done, summary.succeeded) == (25, 35)
    assert_whole_lines(out)
    assert len(results(out)) == 60
    assert first_sent < 60  # the run stopped instead of sending the rest into a full disk


def size_limited(limit: int) -> Callable[[], None]:
    """``preexec_fn``: files this process writes may not grow past ``limit`` bytes (the kernel then
    writes what fits and fails the next write with EFBIG, as with a full disk)."""

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_file_size


def test_a_real_file_size_limit_stops_the_command_with_status_5_and_the_rerun_completes(
    tmp_path: Path,
) -> None:
    source, out = input_and_output(tmp_path, 100)
    with LoopbackVenice() as server:
        command, env = batch_command(server, str(source), "-o", str(out), "-c", "4", "--no-progress")
        full = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=60, preexec_fn=size_limited(8000)
        )
        stopped_at, stopped_size = line_count(out), out.stat().st_size
        assert_whole_lines(out)
        rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert full.returncode == 5, full.stderr
    assert full.stderr.startswith(f"venice: error: {out}: cannot write to the batch output (File too large)")
    assert "Free some space, then rerun the same command to send the rest" in full.stderr
    assert "Traceback" not in full.stderr
    assert 0 < stopped_at < 100 and stopped_size <= 8000
    assert rerun.returncode == 0, rerun.stderr
    assert f"{100 - stopped_at} succeeded, 0 failed, {stopped_at} done earlier" in rerun.stderr
    assert_whole_lines(out)
    assert len(results(out)) == 100


def test_a_download_that_meets_a_full_disk_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "speech.mp3"
    real_fdopen = os.fdopen

    def fdopen_full_after_a_chunk(fd: int, mode: str) -> object:
        file = real_fdopen(fd, mode)
        real = file.write
        file.write = lambda data: real(data[:10]) and _full()  # type: ignore[method-assign]
        return file

    with LoopbackVenice() as server, Venice(api_key=API_KEY, base_url=server.base_url) as client:
        speech = client.audio.speech.create(input="hi", model="tts-kokoro", voice="af_sky")
        monkeypatch.setattr("venice._results._downloads.os.fdopen", fdopen_full_after_a_chunk)
        with pytest.raises(OSError) as raised:
            speech.write_to_file(target)
    assert raised.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []  # neither the target nor the partial file beside it


def _full() -> int:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


VIDEO = ["-m", "wan-2.5", "--duration", "5s", "--poll-interval", "0.05"]
VIDEO += ["--image-url", "https://example.com/c.png"] if requires("POST /video/queue", "image_url") else []


@pytest.mark.parametrize(
    ("args", "rerun"),
    [
        (("tts", "hello", "-o", "{dir}/speech.mp3"), "rerun the same command"),
        (("image", "generate", "a cat", "-o", "{dir}/cat.png"), "rerun the same command"),
        (
            ("video", "a cat surfing", "-o", "{dir}/cat.mp4", *VIDEO),
            "fetch it again with: venice video --resume",
        ),
    ],
    ids=["tts", "image-generate", "video"],
)
def test_a_cli_download_past_a_real_file_size_limit_leaves_no_file_and_exits_5(
    tmp_path: Path, args: tuple[str, ...], rerun: str
) -> None:
    with LoopbackVenice() as server:
        command, env = batch_command(server)
        command[-1:] = [arg.format(dir=tmp_path) for arg in args]  # "batch" -> the command
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=60, preexec_fn=size_limited(30)
        )
    target = tmp_path / Path(args[args.index("-o") + 1]).name
    error = result.stderr.splitlines()[-1]
    assert result.returncode == 5, result.stderr  # the output could not be written, not a bad argument
    assert error.startswith(
        f"venice: error: {target}: cannot write the download (File too large); no partial file was left. "
        f"Free some space, then {rerun}"
    ), error
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


# ---- two runs, one output


def test_a_second_run_on_the_same_output_refuses_and_the_first_is_not_disturbed(tmp_path: Path) -> None:
    source, out = input_and_output(tmp_path, 300)
    with LoopbackVenice(latency=0.02, record=True) as server:
        command, env = batch_command(server, str(source), "-o", str(out), "-c", "8", "--no-progress")
        first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
        wait_for_lines(out, 20, first)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        _, errors = first.communicate(timeout=120)
        sent = len(server.stats.requests)
    assert second.returncode == 2
    assert second.stderr.strip() == (
        f"venice: error: {out} is being written by another batch run (pid {first.pid} on "
        f"{os.uname().nodename}); wait for it to finish, or give this run another output file "
        f"(the lock is {out}.lock)"
    )
    assert first.returncode == 0, errors
    assert len(results(out)) == 300 and sent == 300
    assert not Path(f"{out}.lock").exists()


# ---- SIGTERM


def test_sigterm_writes_the_results_in_flight_says_how_to_resume_and_the_rerun_sends_only_the_rest(
    tmp_path: Path,
) -> None:
    source, out = input_and_output(tmp_path, 200)
    with LoopbackVenice(latency=0.3, record=True) as server:
        command, env = batch_command(server, str(source), "-o", str(out), "-c", "16", "--no-progress")
        process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
        wait_for_lines(out, 40, process)
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=60)
        sent_before = sent_prompts(server)
        written = line_count(out)
        rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        sent = sent_prompts(server)
    assert process.returncode == 143
    assert errors.strip() == (
        f"venice: stopped by SIGTERM; the results in flight were written; {written} of 200 done; "
        f"rerun the same command to send the rest ({200 - written}) to {out}"
    )
    assert len(sent_before) == written  # every request sent got its line
    assert rerun.returncode == 0, rerun.stderr
    assert len(sent) == len(set(sent)) == 200  # none sent twice
    assert len(results(out)) == 200
