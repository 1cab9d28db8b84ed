"""Live tests against the real Venice API: run only when ``VENICE_API_KEY`` is set.

They complement the offline suites (unit, faults, contract), never replace them: each checks one
round trip a mock cannot prove (real model ids, real SSE framing, real error bodies). The base URL
is ``VENICE_BASE_URL`` or the client's default; the models are picked from ``/models`` (cheapest
first by Venice's own traits) unless ``VENICE_LIVE_CHAT_MODEL`` / ``VENICE_LIVE_EMBEDDING_MODEL``
name them. Each call is tiny (a few tokens) but billed.

Run: VENICE_API_KEY=... .venv/bin/python -m pytest tests/live -m live
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

import venice
from venice import Venice, accumulate_chat_completion

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        not os.environ.get("VENICE_API_KEY"),
        reason="live test: set VENICE_API_KEY (and optionally VENICE_BASE_URL) to run against Venice",
    ),
]

SMALL_TEXT_MODELS = ("qwen3-4b", "llama-3.2-3b", "venice-uncensored")
MESSAGES = [{"role": "user", "content": "Reply with the single word: pong"}]


@pytest.fixture(scope="module")
def client() -> Iterator[Venice]:
    # api_key and base_url come from VENICE_API_KEY / VENICE_BASE_URL, as for any user.
    with Venice(max_retries=2, timeout=60.0) as live:
        yield live


def _ids(models: Any) -> list[str]:
    return [m.id for m in models.data]


def _pick(client: Venice, kind: str, env: str, preferred: tuple[str, ...]) -> str:
    chosen = os.environ.get(env)
    if chosen:
        return chosen
    ids = _ids(client.models.list(type=kind))
    if not ids:
        pytest.skip(f"no {kind} model listed by /models")
    return next((m for m in preferred if m in ids), ids[0])


@pytest.fixture(scope="module")
def chat_model(client: Venice) -> str:
    return _pick(client, "text", "VENICE_LIVE_CHAT_MODEL", SMALL_TEXT_MODELS)


@pytest.fixture(scope="module")
def embedding_model(client: Venice) -> str:
    return _pick(client, "embedding", "VENICE_LIVE_EMBEDDING_MODEL", ("text-embedding-bge-m3",))


def test_list_models(client: Venice) -> None:
    models = client.models.list()
    assert models.data, "no models listed"
    first = models.data[0]
    assert isinstance(first.id, str) and first.id
    assert isinstance(first.type_, str)  # an enum value, possibly newer than the generated model
    assert "data" in models.to_dict()


def test_chat_completion(client: Venice, chat_model: str) -> None:
    completion = client.chat.completions.create(model=chat_model, messages=MESSAGES, max_tokens=32)
    choice = completion.choices[0]
    assert choice.message.role == "assistant"
    assert isinstance(choice.finish_reason, str)
    assert completion.usage.total_tokens > 0


def test_streamed_chat_completion_accumulates(client: Venice, chat_model: str) -> None:
    with client.chat.completions.create(
        model=chat_model,
        messages=MESSAGES,
        max_tokens=32,
        stream=True,
        stream_options={"include_usage": True},
    ) as stream:
        completion = accumulate_chat_completion(stream)
    message = completion.choices[0].message
    text = (message.content or "") + (getattr(message, "reasoning_content", None) or "")
    assert text, "the stream produced no content"
    assert completion.choices[0].finish_reason is not None


def test_embedding(client: Venice, embedding_model: str) -> None:
    result = client.embeddings.create(model=embedding_model, input="hello")
    vector = result.data[0].embedding
    assert isinstance(vector, list) and len(vector) > 16
    assert all(isinstance(x, float) for x in vector[:16])


def test_unknown_model_is_a_typed_error_with_a_venice_code(client: Venice) -> None:
    with pytest.raises((venice.NotFoundError, venice.BadRequestError)) as info:
        client.chat.completions.create(model="no-such-model-venice-sdk-live-test", messages=MESSAGES)
    error = info.value
    assert error.status_code in (400, 404)
    assert error.code, f"no Venice error code recognised in {error.body!r}"
    if client.api_key:
        assert client.api_key not in str(error)
