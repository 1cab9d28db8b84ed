"""``venice video`` and ``venice music``: queue a job, show its progress while polling, download it.

Both follow one path (``_run_job``): queue (or ``--resume QUEUE_ID``), poll with the client's
``wait`` while a progress bar shows the status, the estimated share done and the elapsed time,
then write the file. Ctrl-C prints the command that resumes the same job.
"""

from __future__ import annotations

import argparse
import shlex
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from venice import BinaryResponse, Venice
from venice.cli._common import EXIT_INTERRUPTED, EXIT_OK, UsageError, client, default_model, writing_download
from venice.cli._console import console, interactive, note, print_json, rich_module


@dataclass(frozen=True)
class JobKind:
    name: str  # the command, and the model type of its default model
    queue: Callable[[Venice, str, argparse.Namespace], Any]  # -> queued job (model, queue_id)
    wait: Callable[..., Any]  # (venice, **kwargs) -> the finished media


def _queue_video(venice: Venice, model: str, args: argparse.Namespace) -> Any:
    options = {
        k: v
        for k in ("duration", "resolution", "aspect_ratio", "image_url", "negative_prompt")
        if (v := getattr(args, k)) is not None
    }
    return venice.video.queue(model=model, prompt=args.prompt, **options)


def _queue_music(venice: Venice, model: str, args: argparse.Namespace) -> Any:
    options = {k: v for k in ("lyrics_prompt", "duration_seconds") if (v := getattr(args, k)) is not None}
    if args.instrumental:
        options["force_instrumental"] = True
    return venice.audio.music.queue(model=model, prompt=args.prompt, **options)


VIDEO = JobKind("video", _queue_video, lambda venice, **kw: venice.video.wait(**kw))
MUSIC = JobKind("music", _queue_music, lambda venice, **kw: venice.audio.music.wait(**kw))


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    video = commands.add_parser("video", help="generate a video (queued; shows progress; downloads it)")
    _common_options(video)
    video.add_argument("--duration", default="5s", help="e.g. 5s or 10s (default 5s)")
    video.add_argument("--resolution", help="e.g. 720p")
    video.add_argument("--aspect-ratio", help="e.g. 16:9")
    video.add_argument("--image-url", help="reference image (URL or data URL) for image-to-video models")
    video.add_argument("--negative-prompt", help="what the video must not show")
    video.set_defaults(func=lambda args: _run_job(args, VIDEO))

    music = commands.add_parser(
        "music", help="generate music or a song (queued; shows progress; downloads it)"
    )
    _common_options(music)
    music.add_argument("--lyrics", dest="lyrics_prompt", help="lyrics, or a prompt for them")
    music.add_argument("--duration", dest="duration_seconds", type=int, help="seconds")
    music.add_argument("--instrumental", action="store_true", help="no vocals")
    music.set_defaults(func=lambda args: _run_job(args, MUSIC))


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("prompt", nargs="?", help="what to generate (not with --resume)")
    parser.add_argument(
        "-o", "--output", required=True, type=Path, help="the file to write the finished job's media to"
    )
    parser.add_argument("-m", "--model", help="model id (default: the API's default; required with --resume)")
    parser.add_argument(
        "--resume", metavar="QUEUE_ID", help="wait for a job queued earlier instead of a new one"
    )
    parser.add_argument(
        "--poll-interval", type=float, default=5.0, help="seconds between status checks (default 5)"
    )


class JobProgress:
    """Status, estimated share done and elapsed time of a polled job (drawn on a terminal only)."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._last_status = ""
        self._started = time.monotonic()
        self._progress: Any = None
        if interactive():
            progress = rich_module("progress")
            self._progress = progress.Progress(
                progress.SpinnerColumn(),
                progress.TextColumn("{task.description}"),
                progress.BarColumn(),
                progress.TextColumn("{task.percentage:>3.0f}%"),
                progress.TimeElapsedColumn(),
                console=console(),
            )
            self._task = self._progress.add_task(f"{label} QUEUED", total=100)

    def __enter__(self) -> JobProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            if exc_type is None:
                self._progress.update(self._task, completed=100, description=f"{self._label} done")
            self._progress.stop()

    def update(self, status: Any) -> None:
        state = str(getattr(status, "status", "PROCESSING"))
        average = getattr(status, "average_execution_time", None) or 0
        elapsed = getattr(status, "execution_duration", None) or 0
        share = min(99.0, 100.0 * elapsed / average) if average else 0.0
        if self._progress is not None:
            self._progress.update(self._task, completed=share, description=f"{self._label} {state}")
        elif state != self._last_status:
            note(f"{self._label}: {state} ({time.monotonic() - self._started:.0f} s)")
        self._last_status = state


def _run_job(args: argparse.Namespace, kind: JobKind) -> int:
    if args.resume and not args.model:
        raise UsageError("--resume needs the job's --model")
    if not args.resume and not args.prompt:
        raise UsageError("give a PROMPT (or --resume QUEUE_ID --model MODEL)")
    with client(args) as venice:
        model = args.model or default_model(venice, kind.name)
        queue_id = args.resume or kind.queue(venice, model, args).queue_id
        note(f"{kind.name} job {queue_id} ({model})")
        resume = shlex.join(
            ["venice", kind.name, "--resume", queue_id, "--model", model, "-o", str(args.output)]
        )
        try:
            with JobProgress(kind.name) as progress:
                result = kind.wait(
                    venice,
                    model=model,
                    queue_id=queue_id,
                    poll_interval=args.poll_interval,
                    on_progress=progress.update,
                )
        except KeyboardInterrupt:
            note(f"venice: interrupted; the job goes on. Resume with: {resume}")
            return EXIT_INTERRUPTED
        if isinstance(result, BinaryResponse):
            with writing_download(args.output, f"fetch it again with: {resume}"):
                result.write_to_file(args.output)
            note(f"wrote {args.output}")
        else:  # finished, but answered with JSON (e.g. a download URL): show it
            print_json(result.to_dict())
    return EXIT_OK
