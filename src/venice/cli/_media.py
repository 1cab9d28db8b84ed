"""``venice image generate|upscale|edit``, ``venice tts`` and ``venice transcribe``: files in, files out."""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path
from typing import Any

from venice import BinaryResponse
from venice._results._downloads import partial_file
from venice.cli._common import EXIT_OK, UsageError, client, default_model, prompt_text, writing_download
from venice.cli._console import note, print_json


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    image = commands.add_parser("image", help="generate, upscale or edit images")
    actions = image.add_subparsers(dest="action", metavar="ACTION", required=True)

    generate = actions.add_parser("generate", help="generate an image from a prompt")
    generate.add_argument("prompt", help="what the image shows")
    generate.add_argument(
        "-o", "--output", required=True, type=Path, help="image file (NAME-2.EXT, ... for variants)"
    )
    generate.add_argument("-m", "--model", help="image model (default: the API's default)")
    generate.add_argument("--negative-prompt", help="what the image must not show")
    generate.add_argument("--width", type=int, help="pixels (default: the model's)")
    generate.add_argument("--height", type=int, help="pixels (default: the model's)")
    generate.add_argument("--style", dest="style_preset", help="a style preset (GET /image/styles)")
    generate.add_argument(
        "--format", choices=["png", "jpeg", "webp"], help="image format (default: the API's)"
    )
    generate.add_argument("--seed", type=int, help="a seed, for a reproducible image")
    generate.add_argument("--variants", type=int, help="how many images to generate")
    generate.set_defaults(func=run_generate)

    upscale = actions.add_parser("upscale", help="upscale or enhance an image")
    upscale.add_argument("image", type=Path, help="the image file to upscale")
    upscale.add_argument("-o", "--output", required=True, type=Path, help="the upscaled image file to write")
    upscale.add_argument("--scale", type=float, default=2.0, help="1 to 4 (default 2)")
    upscale.set_defaults(func=run_upscale)

    edit = actions.add_parser("edit", help="edit an image with a prompt")
    edit.add_argument("image", type=Path, help="the image file to edit")
    edit.add_argument("-p", "--prompt", required=True, help="the change to make")
    edit.add_argument("-o", "--output", required=True, type=Path, help="the edited image file to write")
    edit.add_argument("-m", "--model", help="edit model (default: the API's)")
    edit.set_defaults(func=run_edit)

    tts = commands.add_parser("tts", help="speak a text into an audio file")
    tts.add_argument("text", nargs="?", help="the text (default: read from stdin)")
    tts.add_argument("-o", "--output", required=True, type=Path, help="the audio file to write")
    tts.add_argument("-m", "--model", help="speech model (default: the API's)")
    tts.add_argument("-v", "--voice", help="a voice of the model, e.g. af_sky")
    tts.add_argument("--format", dest="response_format", help="mp3, opus, aac, flac, wav or pcm")
    tts.set_defaults(func=run_tts)

    transcribe = commands.add_parser("transcribe", help="transcribe an audio file; prints the text")
    transcribe.add_argument("file", type=Path, help="the audio file")
    transcribe.add_argument("-m", "--model", help="transcription model (default: the API's)")
    transcribe.add_argument("--json", action="store_true", help="print the API's JSON answer")
    transcribe.set_defaults(func=run_transcribe)


def _options(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    return path


def _save(result: object, output: Path) -> None:
    if not isinstance(result, BinaryResponse):
        raise UsageError(f"expected a file from the API, got {type(result).__name__}")
    with writing_download(output):
        result.write_to_file(output)
    note(f"wrote {output}")


def _variant_path(output: Path, index: int) -> Path:
    return output if index == 0 else output.with_name(f"{output.stem}-{index + 1}{output.suffix}")


def run_generate(args: argparse.Namespace) -> int:
    with client(args) as venice:
        model = args.model or default_model(venice, "image")
        options = _options(
            args, "negative_prompt", "width", "height", "style_preset", "format", "seed", "variants"
        )
        result = venice.images.generate(model=model, prompt=args.prompt, **options)
        if isinstance(result, BinaryResponse):  # only with return_binary, which is not offered here
            raise UsageError("the API answered with a raw image instead of JSON")
        for index, image in enumerate(result.images):
            path = _variant_path(args.output, index)
            with writing_download(path), partial_file(path) as out:  # all or nothing, like write_to_file
                out.write(base64.b64decode(image))
            note(f"wrote {path}")
    return EXIT_OK


def run_upscale(args: argparse.Namespace) -> int:
    with client(args) as venice:
        _save(venice.images.upscale(image=_existing(args.image), scale=args.scale), args.output)
    return EXIT_OK


def run_edit(args: argparse.Namespace) -> int:
    with client(args) as venice:
        options = _options(args, "model")
        _save(venice.images.edit(image=_existing(args.image), prompt=args.prompt, **options), args.output)
    return EXIT_OK


def run_tts(args: argparse.Namespace) -> int:
    text = prompt_text(args.text)
    with client(args) as venice:
        options = _options(args, "model", "voice", "response_format")
        _save(venice.audio.speech.create(input=text, **options), args.output)
    return EXIT_OK


def run_transcribe(args: argparse.Namespace) -> int:
    with client(args) as venice:
        options = _options(args, "model")
        result = venice.audio.transcriptions.create(file=_existing(args.file), **options)
    if isinstance(result, str):
        text = result
    elif args.json:
        print_json(result.to_dict())
        return EXIT_OK
    else:
        text = result.text
    sys.stdout.write(text + "\n")
    return EXIT_OK
