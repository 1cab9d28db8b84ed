"""``venice batch``: input checks before sending, results, resume after kills, rate limits; and
two processes sharing one limit through a real redis-server on 127.0.0.1.

The large runs (10,000 requests) are ``bench/batch_limits.py``; these are the same runs, smaller.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from batch_files import batch_command, line_count, results, write_requests
from loopback import API_KEY, LoopbackVenice
from redis_server import RedisServer

from venice.batch import BatchInputError, run_batch

DOUBLE_COMMA = '{"custom_id": "w", "method": "POST", "url": "/models",, "body": {}}'


def test_every_problem_of_every_line_is_reported_in_one_pass_and_nothing_is_sent(tmp_path: Path) -> None:
    """Structural problems and the arguments the client refuses come in one report, in line order;
    a JSON error names the column of the input line, not the decoder's "line 2"."""
    source = tmp_path / "in.jsonl"
    write_requests(
        source,
        2,
        extra=(
            '{"custom_id": "r1", "method": "POST", "url": "/chat/completions", "body": {}}',
            "not json",
            '{"custom_id": "x", "method": "POST", "url": "/no/such/path", "body": {}}',
            '{"custom_id": "t", "method": "POST", "url": "/chat/completions", "body": {"model": "m", '
            '"messages": [{"role": "user", "content": "hi"}], "temprature": 0.5}}',
            '{"custom_id": "y", "method": "POST", "url": "/chat/completions", "body": {"model": "m", '
            '"messages": [], "stream": true}}',
            '{"custom_id": "cut", "method": "POST", "url": "/chat/completions", "body": {"model": "m"',
            '{"method": "POST", "url": "/chat/completions", "body": {}}',
            '{"custom_id": "z", "method": "POST", "url": "/chat/completions", "body": {"model": "m", '
            '"messages": [{"rol": "user", "content": "hi"}]}}',
            DOUBLE_COMMA,
        ),
    )
    with LoopbackVenice(record=True) as server:
        command, env = batch_command(server, str(source), "-o", str(tmp_path / "out.jsonl"))
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert server.stats.requests == []
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == f"venice: error: {source}: 9 bad line(s), nothing was sent:"
    assert [line.split(":")[0] for line in lines[1:]] == [f"  line {n}" for n in range(3, 12)]
    assert lines[1:4] == [
        "  line 3: duplicate custom_id 'r1' (first on line 2)",
        "  line 4: not valid JSON: Expecting value at column 1",
        "  line 5: no Venice operation answers POST /no/such/path",
    ]
    assert "unexpected keyword argument 'temprature'" in lines[4]
    assert lines[5:8] == [
        "  line 7: 'stream' is not supported in a batch (each result is one output line); remove it",
        "  line 8: not valid JSON: Expecting ',' delimiter at the end of the line (column 89; cut short?)",
        "  line 9: 'custom_id' must be a non-empty string",
    ]
    assert lines[8].startswith("  line 10: chat.completions.create(): argument 'messages[0]'")
    column = DOUBLE_COMMA.index(",,") + 2  # the second comma, counted from 1
    assert lines[9] == (
        f"  line 11: not valid JSON: Expecting property name enclosed in double quotes at column {column}"
    )
    assert not (tmp_path / "out.jsonl").exists()


def test_bodies_the_client_rejects_are_reported_before_anything_is_sent(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_requests(
        source,
        1,
        extra=(
            '{"custom_id": "typo", "method": "POST", "url": "/chat/completions", '
            '"body": {"model": "m", "mesages": []}}',
            '{"custom_id": "type", "method": "POST", "url": "/embeddings", '
            '"body": {"model": 5, "input": "x"}}',
        ),
    )
    with LoopbackVenice(record=True) as server, pytest.raises(BatchInputError) as raised:
        run_batch(source, tmp_path / "out.jsonl", api_key=API_KEY, base_url=server.base_url)
    assert server.stats.requests == []
    assert [n for n, _ in raised.value.problems] == [2, 3]
    assert "unexpected keyword argument 'mesages'" in raised.value.problems[0][1]
    assert "argument 'model' must be" in raised.value.problems[1][1]


def test_every_kind_of_line_gets_its_result_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_requests(
        source,
        3,
        extra=(
            '{"custom_id": "models", "method": "GET", "url": "/api/v1/models?type=tts"}',
            '{"custom_id": "embed", "method": "POST", "url": "/v1/embeddings", '
            '"body": {"model": "e", "input": "hi"}}',
            '{"custom_id": "bad", "method": "POST", "url": "/chat/completions", "body": {"model": "m", '
            '"messages": [{"role": "user", "content": "FAIL400"}]}}',
        ),
    )
    out = tmp_path / "out.jsonl"
    with LoopbackVenice() as server:
        summary = run_batch(source, out, api_key=API_KEY, base_url=server.base_url, concurrency=4)
    assert (summary.succeeded, summary.failed, summary.total) == (5, 1, 6)
    lines = results(out)
    assert lines["r0"]["response"]["status_code"] == 200
    assert lines["r0"]["response"]["body"]["choices"][0]["message"]["content"] == "echo: r request 0"
    assert lines["r0"]["error"] is None and lines["r0"]["id"].startswith("batch_req_")
    assert all(m["type"] == "tts" for m in lines["models"]["response"]["body"]["data"])
    assert lines["embed"]["response"]["body"]["data"][0]["index"] == 0
    bad = lines["bad"]
    assert bad["response"]["status_code"] == 400 and bad["response"]["body"] == {
        "error": "Invalid request parameters"
    }
    assert bad["error"]["code"] and "400" in bad["error"]["message"]


def test_a_rerun_sends_only_the_missing_requests_and_drops_a_cut_off_line(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_requests(source, 20)
    with LoopbackVenice(record=True) as server:
        run_batch(source, out, api_key=API_KEY, base_url=server.base_url)
        complete = out.read_text()
        kept = complete.splitlines()[:12]
        out.write_text("\n".join(kept) + "\n" + complete.splitlines()[12][:30])  # a write cut short
        server.stats.requests.clear()
        summary = run_batch(source, out, api_key=API_KEY, base_url=server.base_url)
        resent = {json.loads(r["body"])["messages"][0]["content"] for r in server.stats.requests}
    assert summary.already_done == 12 and summary.dropped_partial_line
    assert len(resent) == 8 and summary.succeeded == 8
    assert sorted(out.read_text().splitlines()) == sorted(complete.splitlines())


def test_the_output_of_another_input_is_refused_naming_the_file_and_what_to_do(tmp_path: Path) -> None:
    source, other, out = tmp_path / "in.jsonl", tmp_path / "other.jsonl", tmp_path / "out.jsonl"
    write_requests(source, 3)
    other.write_text('{"custom_id": "z", "method": "GET", "url": "/models"}\n')
    with LoopbackVenice(record=True) as server:
        run_batch(other, out, api_key=API_KEY, base_url=server.base_url)
        before = out.read_bytes()
        server.stats.requests.clear()
        command, env = batch_command(server, str(source), "-o", str(out))
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert server.stats.requests == []
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"venice: error: {out} holds 1 result(s) for custom_ids that {source} does not have (first: 'z'): "
        "it is the output of another input. Nothing was sent; give another output file, or move this "
        "one away to start over"
    )
    assert out.read_bytes() == before


def test_a_rerun_exits_with_the_output_files_state_and_retry_failed_resends_only_the_failed_lines(
    tmp_path: Path,
) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    bad = (
        '{"custom_id": "bad%d", "method": "POST", "url": "/chat/completions", "body": {"model": "m", '
        '"messages": [{"role": "user", "content": "FAIL400 %d"}]}}'
    )
    write_requests(source, 4, extra=(bad % (1, 1), bad % (2, 2)))
    with LoopbackVenice(record=True) as server:
        command, env = batch_command(server, str(source), "-o", str(out), "--no-progress")
        first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        server.stats.requests.clear()
        rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert server.stats.requests == []
        command.append("--retry-failed")
        retry = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        resent = sorted(json.loads(r["body"])["messages"][0]["content"] for r in server.stats.requests)
    assert (first.returncode, rerun.returncode, retry.returncode) == (4, 4, 4)
    assert "0 succeeded, 0 failed, 6 done earlier (2 of them failed: --retry-failed sends those again)" in (
        rerun.stderr
    )
    assert "0 succeeded, 2 failed, 2 failed line(s) sent again, 4 done earlier" in retry.stderr
    assert resent == ["FAIL400 1", "FAIL400 2"]
    lines = results(out)  # still one line per custom_id
    assert len(lines) == 6 and lines["bad1"]["error"] is not None and lines["r0"]["error"] is None


LIMIT, WINDOW = 150, 1.0


def limited_server() -> LoopbackVenice:
    """Venice's behaviour, time scaled: 150 requests a 1 s window, the lockout after 20 failures in
    0.5 s, and 5% of first attempts failing with 500."""
    return LoopbackVenice(
        limit=LIMIT, window=WINDOW, failure_rate=0.05, lockout_failures=20, lockout_window=0.5
    )


LIMIT_ARGS = ("--concurrency", "24", "--failure-window", "0.5", "--no-progress")


def test_killed_three_times_and_resumed_the_output_is_that_of_an_uninterrupted_run(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_requests(source, 600)
    whole, resumed = tmp_path / "whole.jsonl", tmp_path / "resumed.jsonl"
    rng = random.Random(11)
    with limited_server() as server:
        command, env = batch_command(server, str(source), "-o", str(whole), *LIMIT_ARGS)
        assert subprocess.run(command, env=env, capture_output=True, timeout=120).returncode == 0
        command, env = batch_command(server, str(source), "-o", str(resumed), *LIMIT_ARGS)
        for _ in range(3):
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            kill_at = line_count(resumed) + rng.randint(20, 150)  # a random point in the middle of the run
            while line_count(resumed) < kill_at and process.poll() is None:
                time.sleep(0.005)
            process.send_signal(signal.SIGKILL)
            process.wait()
        partial = len(resumed.read_text().splitlines())
        final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    assert 0 < partial < 600
    assert f"{600 - partial} succeeded, 0 failed, {partial} done earlier" in final.stderr
    assert sorted(resumed.read_text().splitlines()) == sorted(whole.read_text().splitlines())
    assert len(results(resumed)) == 600


def test_a_batch_gets_no_429_after_the_first_window_and_needs_little_more_than_the_minimum(
    tmp_path: Path,
) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_requests(source, 600)
    with limited_server() as server:
        command, env = batch_command(server, str(source), "-o", str(out), *LIMIT_ARGS)
        start = time.time()
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        elapsed = time.time() - start
        stats = server.stats.to_json()
    assert result.returncode == 0, result.stderr
    assert [t for t in stats["rate_limited_at"] if t >= server.started + WINDOW] == []
    assert stats["lockouts"] == 0
    lines = results(out)
    assert len(lines) == 600 and all(line["error"] is None for line in lines.values())
    sent = stats["by_status"]["200"] + stats["by_status"].get("500", 0)
    assert elapsed >= (sent // LIMIT) * WINDOW  # the server's limit held


def test_two_processes_sharing_a_limit_through_redis_stay_under_it_together(tmp_path: Path) -> None:
    limit, window = 100, 2.0
    with RedisServer() as redis_url, LoopbackVenice(limit=limit, window=window) as server:
        processes = []
        for name in ("a", "b"):
            source = tmp_path / f"{name}.jsonl"
            write_requests(source, 400, prefix=name)
            command, env = batch_command(
                server,
                str(source),
                "-o",
                str(tmp_path / f"{name}.out"),
                "--redis",
                redis_url,
                "--concurrency",
                "16",
            )
            processes.append(subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True))
        for process in processes:
            _, errors = process.communicate(timeout=120)
            assert process.returncode == 0, errors
        stats = server.stats.to_json()
    assert stats["by_status"] == {"200": 800}  # no 429 at all
    accepted = sorted(stats["accepted_at"])
    first, last = (
        int((accepted[0] - server.started) // window),
        int((accepted[-1] - server.started) // window),
    )
    full_windows = range(first + 1, last)  # every window the run covered entirely
    counts = [sum(1 for t in accepted if int((t - server.started) // window) == w) for w in full_windows]
    assert max(counts) <= limit
    # The 5% goal is measured by bench/shared_limit.py on a longer run; a loaded CI machine gets slack.
    assert sum(counts) / (len(counts) * limit) >= 0.9, f"requests per full window: {counts}"


def test_the_batch_sends_through_aiohttp_when_the_extra_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from venice._transports._aiohttp import AiohttpTransport
    from venice.batch._runner import _sending_transport
    from venice.http_clients import AsyncPoolTransport

    assert isinstance(_sending_transport(8), AiohttpTransport)
    monkeypatch.setitem(sys.modules, "venice._transports._aiohttp", None)  # as without the extra: ImportError
    assert isinstance(_sending_transport(8), AsyncPoolTransport)
