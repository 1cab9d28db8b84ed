"""Client behaviour a user sees: auth, redaction, raw responses, binary, views, features, exports."""

from __future__ import annotations

import inspect
import io
import json
import logging
import pydoc
import re
import subprocess
import sys
import tomllib
from collections.abc import AsyncIterator, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx
import pytest

import venice
from venice import AsyncVenice, Venice

from .conftest import Recorder

ROOT = Path(__file__).resolve().parents[2]
SECRET = "sk-secret-key-123"


def test_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VENICE_API_KEY", raising=False)
    with pytest.raises(venice.MissingCredentialsError, match="VENICE_API_KEY"):
        Venice()


def test_key_from_environment(monkeypatch: pytest.MonkeyPatch, recorder: Recorder) -> None:
    monkeypatch.setenv("VENICE_API_KEY", "env-key")
    client = Venice(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    client.models.list()
    assert recorder.requests[0].headers["authorization"] == "Bearer env-key"


def test_key_never_leaks(client: Venice, recorder: Recorder, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder.script = [httpx.Response(500, json={"error": "x"})]
    recorder.default = lambda request: httpx.Response(401, json={"error": "Authentication failed"})
    with pytest.raises(venice.AuthenticationError) as info:
        client.models.list()
    texts = [repr(client), str(info.value), repr(info.value), caplog.text, repr(info.value.request)]
    texts += [str(vars(info.value).get(k)) for k in ("message", "body", "code")]
    assert all(SECRET not in text for text in texts)
    assert "Retrying" in caplog.text  # the retry was logged, without the key
    assert SECRET not in repr(client.with_options(max_retries=0))


def test_user_agent_names_the_distribution_and_its_version(client: Venice, recorder: Recorder) -> None:
    client.models.list()
    assert recorder.requests[0].headers["user-agent"] == f"venice-bindings/{venice.__version__}"
    assert metadata.version("venice-bindings") == venice.__version__  # the name pip installs


def test_siwx_header_value(recorder: Recorder) -> None:
    client = Venice(
        sign_in_with_x="c2l3eA==", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    client.models.list()
    request = recorder.requests[0]
    assert request.headers["SIGN-IN-WITH-X"] == "c2l3eA=="
    assert "authorization" not in request.headers and "x-sign-in-with-x" not in request.headers


@pytest.mark.spec("GET /x402/balance/{walletAddress}")
def test_siwx_header_value_on_a_wallet_endpoint(recorder: Recorder) -> None:
    client = Venice(
        sign_in_with_x="c2l3eA==", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    client.x402.balance("0xabc")
    assert recorder.requests[0].headers["sign-in-with-x"] == "c2l3eA=="


def test_siwx_callable_per_request(recorder: Recorder) -> None:
    seen: list[str] = []

    def sign(request: httpx.Request) -> str:
        seen.append(str(request.url))
        return f"signed-{len(seen)}"

    client = Venice(sign_in_with_x=sign, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    client.models.list()
    client.models.list()
    assert [r.headers["sign-in-with-x"] for r in recorder.requests] == ["signed-1", "signed-2"]


@pytest.mark.anyio
async def test_async_siwx_callable(recorder: Recorder) -> None:
    async def sign(request: httpx.Request) -> str:
        return "async-signed"

    client = venice.AsyncVenice(
        sign_in_with_x=sign, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    )
    await client.models.list()
    assert recorder.requests[0].headers["sign-in-with-x"] == "async-signed"


def test_raw_response_headers_case_insensitive(client: Venice, recorder: Recorder) -> None:
    recorder.default = lambda request: httpx.Response(
        200,
        json={"object": "list", "data": [], "type": "text"},
        headers={
            "X-Balance-Remaining": "4.230000",
            "X-RateLimit-Remaining-Requests": "9",
            "X-Request-Id": "r1",
        },
    )
    raw = client.models.with_raw_response.list()
    assert raw.headers["x-balance-remaining"] == raw.headers["X-BALANCE-REMAINING"] == "4.230000"
    assert raw.balance_remaining == "4.230000"
    assert raw.rate_limits == {"x-ratelimit-remaining-requests": "9"}
    assert raw.request_id == "r1"
    assert raw.parse().object == "list"


def test_bad_input_fails_before_any_request(client: Venice, recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="messages"):
        client.chat.completions.create(model="m")
    with pytest.raises(TypeError, match="'temprature'"):
        client.chat.completions.create(model="m", messages=[], temprature=1)
    with pytest.raises(ValueError, match="slug"):
        client.characters.retrieve("")
    with pytest.raises(TypeError, match="slug"):
        client.characters.retrieve(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'encoding_format' must be one of 'base64', 'float', not 'base65'"):
        client.embeddings.create(model="m", input="x", encoding_format="base65")
    assert recorder.requests == []


def test_extra_options_and_aliases(client: Venice, recorder: Recorder) -> None:
    client.chat.completions.create(
        model="m",
        messages=[{"role": "user", "content": "hi"}],
        extra_body={"venice_parameters": {"enable_web_search": "on"}},
        extra_headers={"X-Trace": "1"},
        extra_query={"debug": "1"},
    )
    request = recorder.requests[0]
    assert recorder.json()["venice_parameters"] == {"enable_web_search": "on"}
    assert request.headers["x-trace"] == "1" and request.url.params["debug"] == "1"
    client.models.list(type="image")
    assert recorder.requests[1].url.params["type"] == "image"
    client.characters.list(is_adult=False, is_pro=True)
    params = recorder.requests[2].url.params
    assert params["isAdult"] == "false" and params["isPro"] == "true"


def test_json_or_binary_by_content_type(client: Venice, recorder: Recorder, tmp_path: Path) -> None:
    recorder.script = [
        httpx.Response(200, json={"id": "g1", "images": ["aGk="], "timing": {}}),
        httpx.Response(200, content=b"\x89PNG....", headers={"content-type": "image/png"}),
    ]
    as_json = client.images.generate(model="venice-sd35", prompt="p")
    assert as_json.id == "g1"
    as_binary = client.images.generate(model="venice-sd35", prompt="p", return_binary=True)
    assert isinstance(as_binary, venice.BinaryResponse)
    assert as_binary.content_type == "image/png"
    assert as_binary.content == b"\x89PNG...."


def test_multipart_upload_from_bytes_path_and_file(
    client: Venice, recorder: Recorder, tmp_path: Path
) -> None:
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFFdata")
    for value in (b"RIFFdata", audio, io.BytesIO(b"RIFFdata"), ("a.wav", b"RIFFdata", "audio/wav")):
        client.audio.transcriptions.create(file=value, model="nvidia/parakeet-tdt-0.6b-v3")
        request = recorder.requests[-1]
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert b"RIFFdata" in request.content and b"parakeet" in request.content


def test_dual_encoding_json_for_strings_multipart_for_files(client: Venice, recorder: Recorder) -> None:
    client.images.edit(image="aGVsbG8=", prompt="make it blue")
    assert recorder.requests[-1].headers["content-type"] == "application/json"
    assert recorder.json()["image"] == "aGVsbG8="
    client.images.edit(image=b"\x89PNG", prompt="make it blue")
    assert recorder.requests[-1].headers["content-type"].startswith("multipart/form-data")


def test_views_keep_unknown_fields_and_enum_values(client: Venice, recorder: Recorder) -> None:
    body = {
        "id": "c",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "finish_reason": "a_new_reason",
                "logprobs": None,
                "message": {"role": "assistant", "content": "hi", "new_message_field": 1},
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        "brand_new": {"nested": [1, 2]},
    }
    recorder.default = lambda request: httpx.Response(200, json=body)
    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    from venice.types import ChatCompletion

    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].finish_reason == "a_new_reason"
    assert completion.brand_new.nested == [1, 2]
    assert completion["brand_new"] == {"nested": [1, 2]}
    assert completion.additional_properties == {"brand_new": {"nested": [1, 2]}}
    assert completion.choices[0].message.new_message_field == 1
    assert completion.to_dict() == body
    with pytest.raises(TypeError):
        completion.to_model()  # the strict generated parser rejects the new enum value


def test_model_with_features() -> None:
    assert venice.model_with_features("qwen3-4b", enable_web_search="on") == "qwen3-4b:enable_web_search=on"
    assert (
        venice.model_with_features("kimi-k2-6", strip_thinking_response=True, disable_thinking=True)
        == "kimi-k2-6:strip_thinking_response=true&disable_thinking=true"
    )
    with pytest.raises(ValueError, match=r"valid features: .*enable_web_search"):
        venice.model_with_features("qwen3-4b", enable_websearch="on")
    with pytest.raises(ValueError, match="one of"):
        venice.model_with_features("qwen3-4b", enable_web_search="sometimes")
    with pytest.raises(TypeError):
        venice.model_with_features("qwen3-4b", disable_thinking="yes")


def test_video_wait_reports_progress(client: Venice, recorder: Recorder, sleeps: list[float]) -> None:
    processing = {"status": "PROCESSING", "average_execution_time": 10, "execution_duration": 1}
    recorder.script = [
        httpx.Response(200, json=processing),
        httpx.Response(200, json={**processing, "status": "A_NEW_STATUS"}),
        httpx.Response(200, content=b"mp4", headers={"content-type": "video/mp4"}),
    ]
    seen: list[str] = []
    video = client.video.wait(
        model="m", queue_id="q", poll_interval=2.0, on_progress=lambda s: seen.append(s.status)
    )
    assert isinstance(video, venice.BinaryResponse) and video.content == b"mp4"
    assert seen == ["PROCESSING", "A_NEW_STATUS"] and sleeps == [2.0, 2.0]


def test_context_managers_close_the_pool() -> None:
    with Venice(api_key="k") as client:
        pool = client._client
    assert pool.is_closed


def test_all_is_complete() -> None:
    # Subpackages (resources, and the optional batch, cli, ratelimit, http_clients once another test
    # imported them) are attributes of the package, not exported names.
    public = {
        name
        for name in dir(venice)
        if not name.startswith("_") and not inspect.ismodule(getattr(venice, name))
    } - {"annotations"}
    assert public | {"__version__"} == set(venice.__all__) | (public & {"__version__"})
    assert set(venice.__all__) - {"__version__"} == public
    for name in venice.__all__:
        assert hasattr(venice, name)


def test_version_matches_pyproject() -> None:
    # One version: pyproject.toml reads it from venice._version (make update raises it there).
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"] and "version" not in pyproject["project"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "venice._version.__version__"}


def _generated_modules_loaded(code: str) -> list[str]:
    code += (
        "\nimport sys, json\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('venice_api', 'venice.resources.',"
        " 'venice.types', 'venice._generated')))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(out.stdout)
    return loaded


def test_import_loads_no_namespace_module_table_or_typed_surface() -> None:
    # Each namespace module, the typed surface and the table load on first use; the standalone
    # low-level package never (it is for `to_model()` and internal tools).
    assert _generated_modules_loaded("import venice") == []


def test_calls_load_the_typed_surface_and_no_generated_model_or_endpoint_module() -> None:
    # Facts flow forward: the client reads the operation table and the response models the
    # pipeline writes; the standalone package's models and endpoint modules are never imported.
    loaded = _generated_modules_loaded(
        "import httpx, venice\n"
        "c = venice.Venice(api_key='k', http_client=httpx.Client(transport=httpx.MockTransport("
        "lambda r: httpx.Response(200, json={'object': 'list', 'data': [], 'type': 'text'}))))\n"
        "c.models.list()"
    )
    assert {
        "venice._generated.operation_table",
        "venice.resources.models",
        "venice.types.response_models",
    } <= set(loaded)
    assert [m for m in loaded if m.startswith("venice_api")] == []


@pytest.mark.anyio
async def test_with_options_replaces_only_what_is_given_in_both_clients(recorder: Recorder) -> None:
    sync = Venice(
        api_key="k1",
        default_headers={"x-a": "1"},
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    copy = sync.with_options(api_key="k2", timeout=5.0, default_headers={"x-b": "2"})
    assert (copy.timeout, copy.max_retries) == (5.0, sync.max_retries)
    copy.models.list()
    sent = recorder.requests[-1].headers
    assert (sent["authorization"], sent["x-a"], sent["x-b"]) == ("Bearer k2", "1", "2")
    sync.with_options(max_retries=0).models.list()
    assert recorder.requests[-1].headers["authorization"] == "Bearer k1"
    assert "x-b" not in recorder.requests[-1].headers

    transport = httpx.MockTransport(recorder)
    async with venice.AsyncVenice(api_key="k1", http_client=httpx.AsyncClient(transport=transport)) as client:
        siwx = client.with_options(sign_in_with_x="siwx-value", base_url="http://127.0.0.1:9/other/v1")
        await siwx.models.list()
        request = recorder.requests[-1]
        assert request.headers["sign-in-with-x"] == "siwx-value"
        assert "authorization" not in request.headers
        assert str(request.url).startswith("http://127.0.0.1:9/other/v1/models")


class _Recording(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that records whether anybody read it."""

    def __init__(self) -> None:
        self.read = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield b'{"object": "list", "type": "text", "data": []}'

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        yield b'{"object": "list", "type": "text", "data": []}'


def test_streaming_response_reads_the_body_only_when_asked() -> None:
    body = _Recording()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"content-type": "application/json"}, stream=body)
    )
    client = Venice(api_key="k", http_client=httpx.Client(transport=transport))
    with client.models.with_streaming_response.list() as response:
        assert response.status_code == 200 and not body.read
        assert response.parse().object == "list" and body.read
    assert response.http_response.is_closed


@pytest.mark.anyio
async def test_async_streaming_response_reads_the_body_only_when_asked() -> None:
    body = _Recording()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"content-type": "application/json"}, stream=body)
    )
    client = venice.AsyncVenice(api_key="k", http_client=httpx.AsyncClient(transport=transport))
    async with client.models.with_streaming_response.list() as response:
        assert response.status_code == 200 and not body.read
        assert (await response.parse()).object == "list" and body.read
    assert response.http_response.is_closed


@pytest.mark.parametrize("cls", [Venice, AsyncVenice])
def test_help_shows_only_public_arguments_and_describes_every_namespace(cls: type[Any]) -> None:
    text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
    assert "_sleep" not in str(inspect.signature(cls))
    assert "_sleep" not in text and "cached_property" not in text
    for name in ("chat", "models", "audio", "images"):
        assert re.search(rf"^ \|  {name}\n \|      `{name}`: \w", text, re.MULTILINE), name
    namespace = pydoc.render_doc(type(cls(api_key="k").chat), renderer=pydoc.plaintext)
    assert "cached_property" not in namespace
    assert re.search(r"^ \|  completions\n \|      `completions`: create", namespace, re.MULTILINE)


def test_a_namespace_is_created_once_per_client() -> None:
    client = Venice(api_key="k")
    assert client.chat is client.chat and client.chat.completions is client.chat.completions
    assert client.with_options(max_retries=0).chat is not client.chat
