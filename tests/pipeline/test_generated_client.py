"""The committed generated package: every module imports, binary and mixed responses return by Content-Type.

Responses are served through the generated client itself (its own `sync_detailed`) over an
httpx.MockTransport, so this proves what the generator emitted, not what the ergonomic layer does.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import venice_api
from venice_api.client import AuthenticatedClient
from venice_api.types import File

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
MP3 = b"ID3\x04\x00" + bytes(200)
MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(300)
CSV = "timestamp,sku,amount\n2026-06-14T19:52:45Z,chat,0.01\n"


def spec_operation_count() -> int:
    """How many operations the spec the package was generated from has (the pipeline writes it down)."""
    from importlib import resources

    return int(
        json.loads((resources.files("venice._generated") / "spec_info.json").read_text())["operations"]
    )


def test_every_generated_module_imports() -> None:
    names = [m.name for m in pkgutil.walk_packages(venice_api.__path__, "venice_api.")]
    for name in names:
        importlib.import_module(name)
    endpoint_modules = [n for n in names if n.startswith("venice_api.api.") and n.count(".") == 3]
    assert len(endpoint_modules) == spec_operation_count() > 0


def client_answering(
    status: int, content: bytes, content_type: str, seen: list[httpx.Request]
) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    return AuthenticatedClient(
        base_url="http://127.0.0.1:9/api/v1",
        token="sk-test",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def call(
    module: str, body_model: str | None, body: dict[str, Any] | None, client: AuthenticatedClient
) -> Any:
    endpoint = importlib.import_module(f"venice_api.api.{module}")
    kwargs: dict[str, Any] = {"client": client}
    if body_model:
        model = getattr(importlib.import_module("venice_api.models"), body_model)
        kwargs["body"] = model.from_dict(body)
    sync: Callable[..., Any] = endpoint.sync
    return sync(**kwargs)


BINARY_CASES = [
    (
        "image.generate_image",
        "GenerateImageRequest",
        {"model": "m", "prompt": "p", "return_binary": True},
        PNG,
        "image/png",
    ),
    ("image.upscale_image", "UpscaleImageRequest", {"image": "aGk=", "scale": 2}, PNG, "image/png"),
    ("image.edit_image", "EditImageRequest", {"prompt": "p", "image": "aGk="}, PNG, "image/webp"),
    ("audio.create_speech", "CreateSpeechRequestSchema", {"input": "hello"}, MP3, "audio/mpeg"),
    pytest.param(
        "audio.retrieve_audio",
        "RetrieveAudioRequest",
        {"model": "m", "queue_id": "q"},
        MP3,
        "audio/mpeg",
        marks=pytest.mark.spec("POST /audio/retrieve"),
    ),
    ("video.retrieve_video", "RetrieveVideoRequest", {"model": "m", "queue_id": "q"}, MP4, "video/mp4"),
]


@pytest.mark.parametrize(("module", "model", "body", "payload", "content_type"), BINARY_CASES)
def test_binary_responses_return_the_bytes(
    module: str, model: str, body: dict[str, Any], payload: bytes, content_type: str
) -> None:
    seen: list[httpx.Request] = []
    result = call(module, model, body, client_answering(200, payload, content_type, seen))
    assert isinstance(result, File)
    assert result.payload.read() == payload
    assert seen[0].headers["authorization"] == "Bearer sk-test"


@pytest.mark.spec("GET /billing/usage-history")
def test_mixed_response_returns_csv_text_by_content_type() -> None:
    from venice_api.api.billing import get_billing_usage_history

    seen: list[httpx.Request] = []
    result = get_billing_usage_history.sync(
        client=client_answering(200, CSV.encode(), "text/csv; charset=utf-8", seen)
    )
    assert result == CSV


def test_mixed_response_returns_the_json_model_by_content_type() -> None:
    from venice_api.api.video import retrieve_video
    from venice_api.models import RetrieveVideoRequest, RetrieveVideoResponse200

    status = {"status": "PROCESSING", "average_execution_time": 145000, "execution_duration": 53200}
    seen: list[httpx.Request] = []
    client = client_answering(200, json.dumps(status).encode(), "application/json", seen)
    result = retrieve_video.sync(client=client, body=RetrieveVideoRequest(model="m", queue_id="q"))
    assert isinstance(result, RetrieveVideoResponse200)
    assert result.to_dict() == status


@pytest.mark.spec("POST /video/transcriptions")
def test_mixed_transcription_returns_plain_text() -> None:
    from venice_api.api.video import create_video_transcription
    from venice_api.models import CreateVideoTranscriptionRequestSchema

    seen: list[httpx.Request] = []
    client = client_answering(200, b"hello world", "text/plain", seen)
    body = CreateVideoTranscriptionRequestSchema.from_dict({"url": "https://www.youtube.com/watch?v=x"})
    assert create_video_transcription.sync(client=client, body=body) == "hello world"


def test_chunk_schema_parses_a_real_shaped_sse_payload() -> None:
    from venice_api.models import ChatCompletionChunk

    data = (
        '{"id":"chatcmpl-7b1","object":"chat.completion.chunk","created":1755800000,"model":"qwen3-4b",'
        '"choices":[{"index":0,"delta":{"role":"assistant","content":"Hel","reasoning_content":null,'
        '"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{\\"a"}}]},'
        '"finish_reason":null,"logprobs":null}],"usage":null,'
        '"venice_parameters":{"web_search_citations":[{"title":"t","url":"https://venice.ai"}]}}'
    )
    chunk = ChatCompletionChunk.from_dict(json.loads(data))
    assert chunk.choices[0].delta.content == "Hel"
    assert chunk.choices[0].delta.tool_calls[0].function.arguments == '{"a'
    assert chunk.venice_parameters.additional_properties["web_search_citations"][0]["title"] == "t"
    assert chunk.to_dict() == json.loads(data)


def test_spec_extensions_list_the_model_feature_suffix_keys() -> None:
    from importlib import resources

    extensions = json.loads((resources.files("venice._generated") / "spec_extensions.json").read_text())
    suffix = extensions["x-venice-model-feature-suffix"]
    assert suffix["separator"] == ":" and suffix["pair_separator"] == "&"
    assert {"enable_web_search", "enable_web_citations", "strip_thinking_response", "character_slug"} <= set(
        suffix["keys"]
    )
    assert suffix["keys"]["enable_web_search"]["enum"] == ["auto", "off", "on"]


def test_models_package_imports_lazily_in_a_fresh_process() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from venice_api.models import ChatCompletionRequest\n"
        "import venice_api.models as models\n"
        "loaded = [m for m in sys.modules if m.startswith('venice_api.models.')]\n"
        "assert ChatCompletionRequest.__name__ == 'ChatCompletionRequest'\n"
        "assert 'ChatCompletionChunk' in dir(models)\n"
        "try:\n"
        "    models.NoSuchModel\n"
        "except AttributeError as exc:\n"
        "    assert 'NoSuchModel' in str(exc)\n"
        "else:\n"
        "    raise SystemExit('no AttributeError')\n"
        "print(len(loaded), len(models.__all__))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, exported = map(int, proc.stdout.split())
    # One request model and what it refers to, not all of them (about 640 today, 460 in 2026-02).
    assert loaded < 60 and exported > 10 * loaded


def test_operation_table_and_endpoint_modules_agree_on_every_operation() -> None:
    """The table the client reads (`venice._generated.operation_table`) and the generator's endpoint
    modules are
    two renderings of one spec: each table entry is sent, with its method and path, by exactly one
    endpoint module."""
    import re
    from pathlib import Path

    import venice_api

    from venice._generated.operation_table import OPERATIONS

    assert len(OPERATIONS) == spec_operation_count()
    sent = set()
    for module in (Path(venice_api.__file__).parent / "api").rglob("*.py"):
        found = re.search(r'"method": "(\w+)",\s*"url": "([^"]+)"', module.read_text(encoding="utf-8"))
        if found:
            sent.add((found[1].upper(), re.sub(r"\{[^}]*\}", "{}", found[2])))
    table = {(entry["method"], re.sub(r"\{[^}]*\}", "{}", entry["path"])) for entry in OPERATIONS.values()}
    assert table == sent


def test_help_shows_each_argument_with_its_description_from_the_spec(pinned_spec: Path) -> None:
    """The parsed mode's docstring of every method carries each argument's description as the
    pipeline reads it from the overlaid spec."""
    import functools
    import inspect

    from pipeline import params, regen
    from pipeline.specio import iter_operations

    import venice

    doc, _repairs, _unmatched = regen.overlaid_spec(pinned_spec)
    shapes = params.request_shapes(doc)
    client = venice.Venice(api_key="k")
    from venice._binding._operations import method_paths

    paths = method_paths()
    missing, checked = [], 0
    for _method, _path, op in iter_operations(doc):
        path = paths[str(op["operationId"])]
        text = " ".join((inspect.getdoc(functools.reduce(getattr, path.split("."), client)) or "").split())
        for argument in params.operation_arguments(op, doc, shapes):
            description = " ".join(argument.description.split())[:40]
            checked += bool(description)
            if f"{argument.name}: " not in text or description not in text:
                missing.append(f"{path}: {argument.name}")
    assert checked > 100 and not missing, missing
