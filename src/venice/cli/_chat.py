"""``venice chat``, ``venice models`` and ``venice embed``: the text commands."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from venice.cli._common import EXIT_OK, UsageError, client, default_model, prompt_text
from venice.cli._console import console, print_json, rich_module


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    chat = commands.add_parser("chat", help="chat with a model; tokens stream to the terminal")
    chat.add_argument("prompt", nargs="?", help="the message (default: read from stdin)")
    chat.add_argument("-m", "--model", help="model id (default: the API's default text model)")
    chat.add_argument("-s", "--system", help="a system prompt")
    chat.add_argument("--web-search", choices=["auto", "on", "off"], help="Venice web search")
    chat.add_argument("--web-citations", action="store_true", help="ask the model to cite web sources")
    chat.add_argument("--character", metavar="SLUG", help="chat as a Venice character")
    chat.add_argument(
        "--no-venice-system-prompt", action="store_true", help="leave out Venice's default system prompt"
    )
    chat.add_argument("--strip-thinking", action="store_true", help="strip <think> blocks from the answer")
    chat.add_argument("--disable-thinking", action="store_true", help="ask reasoning models not to think")
    chat.add_argument(
        "-t", "--temperature", type=float, help="sampling temperature, e.g. 0 (focused) to 2 (varied)"
    )
    chat.add_argument("--max-tokens", type=int, help="maximum completion tokens")
    chat.add_argument("--json", action="store_true", help="print the final completion as JSON (no streaming)")
    chat.set_defaults(func=run_chat)

    models = commands.add_parser("models", help="list the models (a table, or --json)")
    models.add_argument(
        "--type", help="text, image, embedding, tts, asr, upscale, inpaint, video, music, all, ..."
    )
    models.add_argument("--json", action="store_true", help="print the API's data list as JSON")
    models.set_defaults(func=run_models)

    embed = commands.add_parser("embed", help="embed texts; prints the API's data list as JSON")
    embed.add_argument("texts", nargs="+", metavar="TEXT", help="a text to embed (one vector each)")
    embed.add_argument("-m", "--model", help="embedding model (default: the API's default)")
    embed.set_defaults(func=run_embed)


def _venice_parameters(args: argparse.Namespace) -> dict[str, Any]:
    chosen = {
        "enable_web_search": args.web_search,
        "enable_web_citations": True if args.web_citations else None,
        "character_slug": args.character,
        "include_venice_system_prompt": False if args.no_venice_system_prompt else None,
        "strip_thinking_response": True if args.strip_thinking else None,
        "disable_thinking": True if args.disable_thinking else None,
    }
    return {key: value for key, value in chosen.items() if value is not None}


def run_chat(args: argparse.Namespace) -> int:
    prompt = prompt_text(args.prompt)
    with client(args) as venice:
        messages = [{"role": "system", "content": args.system}] if args.system else []
        messages.append({"role": "user", "content": prompt})
        params: dict[str, Any] = {"model": args.model or default_model(venice, "text"), "messages": messages}
        if parameters := _venice_parameters(args):
            params["venice_parameters"] = parameters
        if args.temperature is not None:
            params["temperature"] = args.temperature
        if args.max_tokens is not None:
            params["max_completion_tokens"] = args.max_tokens
        if args.json:
            print_json(venice.chat.completions.create(**params).to_dict())
            return EXIT_OK
        with venice.chat.completions.create(**params, stream=True) as stream:
            for chunk in stream:
                for choice in chunk.choices:
                    if choice.delta.content:
                        sys.stdout.write(choice.delta.content)
                        sys.stdout.flush()
        sys.stdout.write("\n")
    return EXIT_OK


def run_models(args: argparse.Namespace) -> int:
    table_class = None if args.json else rich_module("table").Table  # a missing extra fails before I/O
    with client(args) as venice:
        listing = venice.models.list(type=args.type) if args.type else venice.models.list()
        data: list[dict[str, Any]] = listing.to_dict()["data"]
    if table_class is None:
        print_json(data)
        return EXIT_OK
    ids = [str(model.get("id")) for model in data]
    table = table_class(box=None, header_style="bold")
    # The ID is the column users copy: never wrapped nor cut; the others fold to the width left.
    table.add_column("ID", no_wrap=True, min_width=max(map(len, ids), default=2))
    for column in ("TYPE", "NAME", "CONTEXT", "TRAITS"):
        table.add_column(column, justify="right" if column == "CONTEXT" else "left", overflow="fold")
    for model in sorted(data, key=lambda m: (str(m.get("type")), str(m.get("id")))):
        spec = model.get("model_spec") or {}
        context = spec.get("availableContextTokens")
        table.add_row(
            str(model.get("id")),
            str(model.get("type", "")),
            str(spec.get("name", "")),
            f"{context:,}" if isinstance(context, int) else "",
            ", ".join(spec.get("traits") or []),
        )
    console(stderr=False).print(table)
    return EXIT_OK


def run_embed(args: argparse.Namespace) -> int:
    with client(args) as venice:
        model = args.model or default_model(venice, "embedding")
        if not all(args.texts):
            raise UsageError("every TEXT must be non-empty")
        result = venice.embeddings.create(model=model, input=list(args.texts))
        print_json(result.to_dict()["data"])
    return EXIT_OK
