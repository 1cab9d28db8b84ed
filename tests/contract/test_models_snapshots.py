"""Real data: the four real ``GET /models?type=all`` payloads parse through ``client.models.list()``.

The snapshots in ``../shared/venice-spec/models/`` were trimmed before publication; made faithful
again as the mirror's README says (``object``/``owned_by`` put back on each item, the list wrapped
as ``{"object": "list", "type": "all", "data": [...]}``) and served from a loopback server.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from _clients import API_KEY
from _loopback import loopback
from _spec import contract, superseded_at
from _typed import read_every_field

from venice import Venice

MODELS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "venice-spec" / "models"
SNAPSHOTS = sorted(MODELS_DIR.glob("*.json"))


def faithful(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "object": "list",
        "type": "all",
        "data": [{**m, "object": "model", "owned_by": "venice.ai"} for m in items],
    }


def test_the_snapshots_are_there() -> None:
    assert len(SNAPSHOTS) == 4, f"expected the 4 real /models snapshots in {MODELS_DIR}"


def recorded_while_pinned(snapshot: Path) -> None:
    """Skip a snapshot the API sent after a newer spec than the pinned one came out (an older spec,
    pinned by a history replay, need not describe answers of months later)."""
    taken = datetime.datetime.strptime(snapshot.name[:15], "%Y%m%dT%H%M%S").replace(tzinfo=datetime.UTC)
    newer = superseded_at()
    if newer is not None and taken >= newer:
        pytest.skip(f"{snapshot.stem} was recorded after the pinned spec was superseded ({newer:%Y-%m-%d})")


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=[p.stem for p in SNAPSHOTS])
def test_every_model_parses_and_nothing_is_lost(snapshot: Path) -> None:
    recorded_while_pinned(snapshot)
    payload = faithful(json.loads(snapshot.read_text(encoding="utf-8")))
    with loopback() as server, httpx.Client() as http_client:
        server.serve("GET", "/models", 200, "application/json", json.dumps(payload).encode())
        with Venice(
            api_key=API_KEY, base_url=server.base_url, http_client=http_client, max_retries=0
        ) as client:
            page = client.models.list(type="all")
    assert server.seen == [("GET", "/api/v1/models?type=all")]
    assert len(page.data) == len(payload["data"]), f"{snapshot.name}: models dropped"
    assert page.to_dict() == payload, f"{snapshot.name}: data lost in the round trip"
    problems = []
    for raw, model in zip(payload["data"], page.data, strict=True):
        where = f"{snapshot.name} {raw['id']}"
        if model.id != raw["id"] or model.type != raw["type"] or model.created != raw["created"]:
            problems.append(f"{where}: id/type/created differ")
        spec = model.model_spec
        for key, value in raw["model_spec"].items():
            if spec[key] != value:  # every field, known to the generated model or not, stays reachable
                problems.append(f"{where}: model_spec[{key!r}] not reachable")
        problems += _typed(where, raw["model_spec"], spec)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:30])
    unreadable = read_every_field(page)
    assert not unreadable, f"{snapshot.name}: fields the spec promises are missing:\n" + "\n".join(
        unreadable[:20]
    )


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=[p.stem for p in SNAPSHOTS])
def test_every_real_payload_is_valid_for_the_tightened_schema(snapshot: Path) -> None:
    """The overlays make fields required on this evidence: every real payload must still validate."""
    recorded_while_pinned(snapshot)
    schemas, operations = contract()
    (models,) = [op for op in operations if op.operation_id == "listModels"]
    schema = models.responses()["200"]["content"]["application/json"]["schema"]
    errors = schemas.errors(schema, faithful(json.loads(snapshot.read_text(encoding="utf-8"))))
    assert not errors, f"{snapshot.name}: {len(errors)} violation(s):\n" + "\n".join(errors[:20])


def _typed(where: str, raw: dict[str, Any], spec: Any) -> list[str]:
    """pricing / capabilities / constraints are generated models, not raw dicts, where present."""
    problems = []
    for name in ("pricing", "capabilities", "constraints"):
        if name not in raw:
            continue
        value = getattr(spec, name)
        if isinstance(value, dict) or not hasattr(value, "to_dict"):
            problems.append(f"{where}: model_spec.{name} is {type(value).__name__}, not a typed model")
            continue
        if value.to_dict() != raw[name]:
            problems.append(f"{where}: model_spec.{name} lost data")
    return problems


def test_a_field_the_spec_does_not_know_is_reachable() -> None:
    items = json.loads(SNAPSHOTS[-1].read_text(encoding="utf-8"))
    items[0] = {
        **items[0],
        "brand_new_field": {"x": 1},
        "model_spec": {**items[0]["model_spec"], "newSpec": 2},
    }
    payload = faithful(items)
    with loopback() as server, httpx.Client() as http_client:
        server.serve("GET", "/models", 200, "application/json", json.dumps(payload).encode())
        with Venice(
            api_key=API_KEY, base_url=server.base_url, http_client=http_client, max_retries=0
        ) as client:
            first = client.models.list().data[0]
    assert first["brand_new_field"] == {"x": 1}
    assert first.model_spec["newSpec"] == 2
    assert first.to_dict() == payload["data"][0]
