"""Every ``venice`` command run as a subprocess (``python -m venice``) against the loopback fake Venice."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _pinned import requires
from loopback import API_KEY, MP3, MP4, PNG, LoopbackVenice

from venice.cli._app import _parser

# Before 2026-04-13 POST /video/queue made image-to-video only: a reference image was required.
IMAGE = ["--image-url", "https://example.com/cat.png"] if requires("POST /video/queue", "image_url") else []


def run_cli(
    server: LoopbackVenice | None,
    *args: str,
    stdin: str | None = None,
    key: str | None = API_KEY,
    cwd: Path | None = None,
    env_extra: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VENICE_")}
    env.update(env_extra or {})
    if key is not None:
        env["VENICE_API_KEY"] = key
    if server is not None:
        env["VENICE_BASE_URL"] = server.base_url
    result = subprocess.run(
        [sys.executable, "-m", "venice", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
    )
    assert API_KEY not in result.stdout + result.stderr, "the API key was printed"
    return result


@pytest.fixture
def recording() -> LoopbackVenice:
    with LoopbackVenice(record=True, job_polls=2) as server:
        yield server


def test_chat_streams_the_answer_and_sends_the_venice_parameters(recording: LoopbackVenice) -> None:
    result = run_cli(
        recording, "chat", "hello there", "-m", "m", "--system", "be brief", "--web-search", "on",
        "--no-venice-system-prompt", "--character", "alan-watts", "-t", "0.5", "--max-tokens", "50",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == "echo: hello there\n"
    body = json.loads(recording.stats.requests[-1]["body"])
    assert body["stream"] is True
    assert body["messages"] == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "hello there"},
    ]
    assert body["venice_parameters"] == {
        "enable_web_search": "on",
        "include_venice_system_prompt": False,
        "character_slug": "alan-watts",
    }
    assert (body["temperature"], body["max_completion_tokens"]) == (0.5, 50)


def test_chat_reads_the_prompt_from_stdin_and_prints_json(recording: LoopbackVenice) -> None:
    result = run_cli(recording, "chat", "--json", stdin="piped prompt\n")
    assert result.returncode == 0, result.stderr
    completion = json.loads(result.stdout)
    assert completion["choices"][0]["message"]["content"] == "echo: piped prompt"
    # No --model: the API's default text model (GET /models/traits) was used.
    assert recording.stats.requests[0]["path"] == "/api/v1/models/traits?type=text"
    assert json.loads(recording.stats.requests[1]["body"])["model"] == completion["model"]


def test_chat_without_a_prompt_is_a_usage_error(recording: LoopbackVenice) -> None:
    result = run_cli(recording, "chat", "-m", "m")
    assert result.returncode == 2
    assert result.stderr == "venice: error: give a PROMPT argument or pipe it on stdin\n"
    assert recording.stats.requests == []


def test_models_prints_a_table_and_the_data_list_as_json(recording: LoopbackVenice) -> None:
    table = run_cli(recording, "models", "--type", "tts")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["ID", "TYPE", "NAME", "CONTEXT", "TRAITS"]
    as_json = run_cli(recording, "models", "--type", "tts", "--json")
    data = json.loads(as_json.stdout)
    assert data and all(model["type"] == "tts" for model in data)
    assert sorted(line.split()[0] for line in lines[1:]) == sorted(model["id"] for model in data)


def test_embed_prints_one_vector_per_text(recording: LoopbackVenice) -> None:
    result = run_cli(recording, "embed", "a", "bbb", "-m", "text-embedding-bge-m3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [item["index"] for item in data] == [0, 1]
    assert data[1]["embedding"] == [0.3, 0.5]


def test_image_generate_upscale_and_edit_write_the_images(recording: LoopbackVenice, tmp_path: Path) -> None:
    generated = run_cli(
        recording, "image", "generate", "a cat", "-o", "cat.png", "--variants", "2", cwd=tmp_path
    )
    assert generated.returncode == 0, generated.stderr
    assert (tmp_path / "cat.png").read_bytes() == PNG
    assert (tmp_path / "cat-2.png").read_bytes() == PNG
    assert generated.stderr.splitlines() == ["wrote cat.png", "wrote cat-2.png"]
    upscaled = run_cli(
        recording, "image", "upscale", "cat.png", "-o", "big.png", "--scale", "4", cwd=tmp_path
    )
    assert upscaled.returncode == 0, upscaled.stderr
    assert (tmp_path / "big.png").read_bytes() == PNG
    edited = run_cli(recording, "image", "edit", "cat.png", "-p", "add a hat", "-o", "hat.png", cwd=tmp_path)
    assert edited.returncode == 0, edited.stderr
    assert (tmp_path / "hat.png").read_bytes() == PNG
    uploads = [
        r for r in recording.stats.requests if r["path"] in ("/api/v1/image/upscale", "/api/v1/image/edit")
    ]
    assert len(uploads) == 2 and all("add a hat" in r["body"] or 'name="scale"' in r["body"] for r in uploads)


def test_tts_writes_the_audio_and_transcribe_prints_the_text(
    recording: LoopbackVenice, tmp_path: Path
) -> None:
    spoken = run_cli(recording, "tts", "Hello", "-o", "hi.mp3", "--voice", "af_sky", cwd=tmp_path)
    assert spoken.returncode == 0, spoken.stderr
    assert (tmp_path / "hi.mp3").read_bytes() == MP3
    assert json.loads(recording.stats.requests[-1]["body"]) == {"input": "Hello", "voice": "af_sky"}
    heard = run_cli(recording, "transcribe", "hi.mp3", cwd=tmp_path)
    assert heard.returncode == 0, heard.stderr
    assert heard.stdout == "hello from the loopback\n"


def test_video_queues_polls_and_downloads_and_resume_skips_the_queue(
    recording: LoopbackVenice, tmp_path: Path
) -> None:
    result = run_cli(recording, "video", "a cat surfing", "-m", "wan-2.5", "-o", "cat.mp4",
                     "--duration", "5s", "--poll-interval", "0.05", *IMAGE, cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cat.mp4").read_bytes() == MP4
    paths = [r["path"] for r in recording.stats.requests]
    assert paths == ["/api/v1/video/queue"] + ["/api/v1/video/retrieve"] * 3
    queue_id = json.loads(recording.stats.requests[1]["body"])["queue_id"]
    assert result.stderr.splitlines()[0] == f"video job {queue_id} (wan-2.5)"
    assert "video: PROCESSING" in result.stderr  # no terminal: status changes as lines

    resumed = run_cli(recording, "video", "--resume", "q-other", "-m", "wan-2.5", "-o", "again.mp4",
                      "--poll-interval", "0.05", cwd=tmp_path)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert "/api/v1/video/queue" not in [r["path"] for r in recording.stats.requests[4:]]
    assert (tmp_path / "again.mp4").read_bytes() == MP4


@pytest.mark.spec("POST /audio/queue")
def test_music_queues_polls_and_downloads(recording: LoopbackVenice, tmp_path: Path) -> None:
    result = run_cli(recording, "music", "a sea shanty", "-o", "song.mp3", "--instrumental",
                     "--poll-interval", "0.05", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "song.mp3").read_bytes() == MP3
    queued = json.loads(
        next(r["body"] for r in recording.stats.requests if r["path"] == "/api/v1/audio/queue")
    )
    assert queued["force_instrumental"] is True and queued["prompt"] == "a sea shanty"


def test_an_argument_the_client_refuses_is_a_usage_error_before_any_request(
    recording: LoopbackVenice,
) -> None:
    refused = run_cli(recording, "tts", "hi", "-o", "x.mp3", "-m", "no-such-tts-model")
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.startswith("venice: error: audio.speech.create(): argument 'model' must be one of")
    assert "Traceback" not in refused.stderr
    assert all(r["path"] != "/api/v1/audio/speech" for r in recording.stats.requests)


def test_resume_needs_the_model(recording: LoopbackVenice, tmp_path: Path) -> None:
    result = run_cli(recording, "video", "--resume", "q-1", "-o", "x.mp4", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, "venice: error: --resume needs the job's --model\n")


def test_an_api_error_is_one_line_with_status_1_and_no_traceback(recording: LoopbackVenice) -> None:
    result = run_cli(recording, "chat", "-m", "missing-model", "hi")
    assert result.returncode == 1
    assert result.stderr == (
        "venice: error: Error code: 404 (Not Found) [MODEL_NOT_FOUND] - Specified model not found\n"
    )
    debug = run_cli(recording, "--debug", "chat", "-m", "missing-model", "hi")
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def test_a_wrong_key_is_reported_without_the_key(recording: LoopbackVenice) -> None:
    result = run_cli(recording, "models", key="sk-wrong-secret")
    assert result.returncode == 1
    assert "Authentication failed" in result.stderr and "sk-wrong-secret" not in result.stderr


def test_a_missing_key_and_an_unreachable_server_have_their_own_statuses() -> None:
    no_key = run_cli(None, "models", key=None)
    assert (no_key.returncode, no_key.stderr) == (
        2,
        "venice: error: no API key: set the VENICE_API_KEY environment variable\n",
    )
    down = run_cli(None, "--base-url", "http://127.0.0.1:9/api/v1", "--max-retries", "0", "models")
    assert (down.returncode, down.stderr) == (
        3,
        "venice: error: APIConnectionError: Connection error: 127.0.0.1:9: connection refused "
        "(ConnectError).\n",
    )


def test_the_console_script_is_installed_and_lists_its_exit_statuses() -> None:
    venice_script = Path(sys.executable).with_name("venice")
    result = subprocess.run([str(venice_script), "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    for command in ("chat", "models", "image", "tts", "transcribe", "embed", "video", "music", "batch"):
        assert command in result.stdout
    assert "130 interrupted" in " ".join(result.stdout.split())


def test_without_the_cli_extra_a_command_names_it_in_one_line_with_its_own_status(
    recording: LoopbackVenice, tmp_path: Path
) -> None:
    # A `rich` package that cannot be imported stands for a base install without the extra.
    (tmp_path / "rich").mkdir()
    (tmp_path / "rich" / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'rich'\", name='rich')\n"
    )
    result = run_cli(recording, "models", env_extra={"PYTHONPATH": str(tmp_path)})
    assert result.returncode == 6 != 1
    assert result.stderr == (
        "venice: error: this command needs the cli extra (rich), which is not installed: "
        "pip install 'venice-bindings[cli]'\n"
    )
    assert recording.stats.requests == []  # refused before any request
    as_json = run_cli(recording, "models", "--json", env_extra={"PYTHONPATH": str(tmp_path)})
    assert as_json.returncode == 0, as_json.stderr  # JSON output needs no extra
    assert "6 the cli extra is not installed" in " ".join(run_cli(None, "--help").stdout.split())


def test_a_misspelt_option_gets_the_close_name_and_the_subcommands_usage(recording: LoopbackVenice) -> None:
    result = run_cli(recording, "chat", "--temprature", "0.5", "hi")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("usage: venice chat ")
    assert lines[-1] == (
        "venice chat: error: unrecognized arguments: --temprature hi; did you mean --temperature?"
    )
    top = run_cli(recording, "--max-retires", "1", "models")
    assert top.stderr.splitlines()[-1].endswith("did you mean --max-retries?")
    assert recording.stats.requests == []


def _actions(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, argparse.Action]]:
    found: list[tuple[str, argparse.Action]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _actions(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            found.append((path, action))
    return found


def test_every_option_and_argument_has_help_and_shows_its_default() -> None:
    actions = _actions(_parser(), "venice")
    assert len(actions) > 50
    undescribed = [f"{path} {a.option_strings or a.dest}" for path, a in actions if not a.help]
    assert undescribed == []
    hidden_defaults = [
        f"{path} {a.option_strings}"
        for path, a in actions
        if a.default not in (None, False) and "default" not in str(a.help)
    ]
    assert hidden_defaults == []


def test_models_never_cuts_the_id_column_at_80_columns(recording: LoopbackVenice) -> None:
    table = run_cli(recording, "models", env_extra={"COLUMNS": "80"})
    assert table.returncode == 0, table.stderr
    ids = [model["id"] for model in json.loads(run_cli(recording, "models", "--json").stdout)]
    assert max(map(len, ids)) > 20  # long enough to be cut before
    first_column = [line.split()[0] for line in table.stdout.splitlines()[1:] if line[:2].strip()]
    assert sorted(first_column) == sorted(ids)
    assert max(len(line.rstrip()) for line in table.stdout.splitlines()) <= 80
