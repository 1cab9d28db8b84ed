"""Multipart bodies: values in their form spelling (booleans ``true``/``false``, JSON numbers),
one file part per item of a file array, whatever form the files are given in."""

from __future__ import annotations

import io
import json
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path

import httpx
import pytest

from venice import AsyncVenice, Venice
from venice._binding._operations import multipart_parts

from .conftest import Recorder


def parts(request: httpx.Request) -> list[Message]:
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    return list(BytesParser(policy=HTTP).parsebytes(head + request.content).iter_parts())  # type: ignore[attr-defined]


def fields(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    return [
        (str(p.get_param("name", header="content-disposition")), p.get_filename(), p.get_payload(decode=True))
        for p in parts(request)
    ]


@pytest.mark.parametrize(("flag", "wire"), [(True, b"true"), (False, b"false")])
def test_booleans_are_true_and_false(client: Venice, recorder: Recorder, flag: bool, wire: bytes) -> None:
    recorder.default = lambda request: httpx.Response(200, json={"text": "hi"})
    client.audio.transcriptions.create(file=("a.mp3", b"ID3", "audio/mpeg"), timestamps=flag)
    assert ("timestamps", None, wire) in fields(recorder.requests[-1])
    assert ("file", "a.mp3", b"ID3") in fields(recorder.requests[-1])


@pytest.mark.spec("POST /image/upscale", "image", "scale", "creativity")
def test_numbers_are_json_numbers_and_null_is_left_out(client: Venice, recorder: Recorder) -> None:
    recorder.default = lambda request: httpx.Response(
        200, content=b"png", headers={"content-type": "image/png"}
    )
    client.images.upscale(image=b"png", scale=2, creativity=None)
    assert fields(recorder.requests[-1]) == [("image", "image", b"png"), ("scale", None, b"2")]
    client.images.upscale(image=b"png", scale=1.5, creativity=0.25)
    assert ("scale", None, b"1.5") in fields(recorder.requests[-1])
    assert ("creativity", None, b"0.25") in fields(recorder.requests[-1])


@pytest.mark.spec("POST /image/multi-edit", "prompt", "images", "safe_mode")
def test_a_list_of_files_is_one_part_per_file(client: Venice, recorder: Recorder, tmp_path: Path) -> None:
    recorder.default = lambda request: httpx.Response(
        200, content=b"png", headers={"content-type": "image/png"}
    )
    path = tmp_path / "layer.png"
    path.write_bytes(b"from a path")
    images = [b"raw bytes", path, ("named.png", b"a tuple", "image/png"), io.BytesIO(b"a file object")]
    client.images.multi_edit(prompt="merge", images=images, safe_mode=False)
    sent = fields(recorder.requests[-1])
    assert [(name, content) for name, _, content in sent if name == "images"] == [
        ("images", b"raw bytes"),
        ("images", b"from a path"),
        ("images", b"a tuple"),
        ("images", b"a file object"),
    ]
    assert all(filename for name, filename, _ in sent if name == "images")  # file parts, not text
    assert tuple(f for n, f, _ in sent if n == "images")[1:3] == ("layer.png", "named.png")
    assert ("prompt", None, b"merge") in sent and ("safe_mode", None, b"false") in sent


def test_a_single_file_for_a_file_array_is_a_list_of_one(client: Venice, recorder: Recorder) -> None:
    recorder.default = lambda request: httpx.Response(
        200, content=b"png", headers={"content-type": "image/png"}
    )
    client.images.multi_edit(prompt="p", images=("only.png", b"one"))  # type: ignore[typeddict-item]
    assert [(n, f, c) for n, f, c in fields(recorder.requests[-1]) if n == "images"] == [
        ("images", "only.png", b"one")
    ]


def test_a_list_of_strings_for_images_stays_json(client: Venice, recorder: Recorder) -> None:
    recorder.default = lambda request: httpx.Response(
        200, content=b"png", headers={"content-type": "image/png"}
    )
    client.images.multi_edit(prompt="p", images=["https://example.com/a.png", "iVBORw0KGgo="])
    assert recorder.requests[-1].headers["content-type"] == "application/json"
    assert recorder.json()["images"] == ["https://example.com/a.png", "iVBORw0KGgo="]


@pytest.mark.anyio
@pytest.mark.spec("POST /image/multi-edit", "prompt", "images", "enhance_prompt")
async def test_async_list_of_files(async_client: AsyncVenice, recorder: Recorder) -> None:
    recorder.default = lambda request: httpx.Response(
        200, content=b"png", headers={"content-type": "image/png"}
    )
    await async_client.images.multi_edit(prompt="p", images=[b"1", b"2"], enhance_prompt=True)
    sent = fields(recorder.requests[-1])
    assert [c for n, _, c in sent if n == "images"] == [b"1", b"2"] and (
        "enhance_prompt",
        None,
        b"true",
    ) in sent


def test_extra_body_in_a_multipart_form_uses_the_same_encoding(client: Venice, recorder: Recorder) -> None:
    recorder.default = lambda request: httpx.Response(200, json={"text": "hi"})
    client.audio.transcriptions.create(file=b"ID3", extra_body={"diarize": True, "speakers": 2})
    sent = fields(recorder.requests[-1])
    assert ("diarize", None, b"true") in sent and ("speakers", None, b"2") in sent


def test_form_encoding_of_json_values() -> None:
    encoded = multipart_parts(
        {
            "flag": False,
            "n": 3,
            "x": 0.5,
            "s": "text",
            "tags": ["a", "b"],  # an array of primitives: one part per item
            "files": [("a.png", b"1", "image/png"), ("b.png", b"2", None)],
            "obj": {"k": [1, True]},  # an object: one JSON part
            "rows": [{"a": 1}],  # an array of objects: one JSON part
            "nothing": None,
        }
    )
    assert encoded == [
        ("flag", (None, b"false", "text/plain")),
        ("n", (None, b"3", "text/plain")),
        ("x", (None, b"0.5", "text/plain")),
        ("s", (None, b"text", "text/plain")),
        ("tags", (None, b"a", "text/plain")),
        ("tags", (None, b"b", "text/plain")),
        ("files", ("a.png", b"1", "image/png")),
        ("files", ("b.png", b"2", None)),
        ("obj", (None, json.dumps({"k": [1, True]}).encode(), "application/json")),
        ("rows", (None, b'[{"a": 1}]', "application/json")),
    ]
