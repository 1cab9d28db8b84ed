"""The naming config (`bindings.yaml`) and the rule that names what it does not list."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from pipeline import naming
from pipeline.regen import overlaid_spec
from pipeline.specio import SpecError, iter_operations


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    return naming.load_config()


@pytest.fixture(scope="module")
def pinned_doc(pinned_spec: Path) -> dict[str, Any]:
    return overlaid_spec(pinned_spec)[0]


@pytest.fixture(scope="module")
def doc(pinned_doc: dict[str, Any], config: dict[str, Any]) -> dict[str, Any]:
    """The pinned spec with the operations the config names: the rule's neighbours, whatever a
    newer pin adds (a `make update` may pin operations that only the rule names)."""
    named = copy.deepcopy(pinned_doc)
    for item in named["paths"].values():
        for method in [m for m, op in item.items() if isinstance(op, dict) and "operationId" in op]:
            if item[method]["operationId"] not in config["methods"]:
                del item[method]
    return named


def test_every_operation_of_the_pinned_spec_has_one_method(pinned_doc: dict[str, Any]) -> None:
    names = naming.names_for(pinned_doc)
    assert names.stale == {}
    ids = {str(op["operationId"]) for _, _, op in iter_operations(pinned_doc) if op.get("operationId")}
    assert set(names.methods) == ids
    assert len(names.methods) == len(set(names.methods.values()))


def with_operations(doc: dict[str, Any], *routes: tuple[str, str, str]) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    for method, path, operation_id in routes:
        changed["paths"].setdefault(path, {})[method] = {"operationId": operation_id, "responses": {}}
    return changed


def test_the_rule_puts_new_operations_beside_their_neighbours(
    doc: dict[str, Any], config: dict[str, Any]
) -> None:
    changed = with_operations(
        doc,
        ("post", "/image/colorize", "colorizeImage"),
        ("get", "/video/jobs/{queue_id}", "getVideoJob"),
        ("get", "/crypto/rpc/fees", "listCryptoRpcFees"),
        ("get", "/music/tracks", "listMusicTracks"),
        ("delete", "/api_keys/{id}", "deleteApiKeyById"),
    )
    assert naming.assign(changed, config).derived == {
        "colorizeImage": "images.colorize",
        "getVideoJob": "video.retrieve_job",
        "listCryptoRpcFees": "crypto.rpc.fees",
        "listMusicTracks": "music.tracks",
        "deleteApiKeyById": "api_keys.delete_by_id",  # `api_keys.delete` is DELETE /api_keys
    }


def test_clashes_go_inside_a_namespace_of_that_name_then_get_the_verb(
    doc: dict[str, Any], config: dict[str, Any]
) -> None:
    # `POST /audio/speech` without its entry: `audio.speech` is a namespace (of nothing else here),
    # so the rule gives it that namespace's collection verb.
    methods = {k: v for k, v in config["methods"].items() if k != "createSpeech"}
    changed = with_operations(doc, ("post", "/audio/speech/preview", "previewSpeech"))
    names = naming.assign(changed, {"methods": {**methods, "previewSpeech": "audio.speech.preview"}})
    assert names.derived == {"createSpeech": "audio.speech.create"}
    # A name a listed method already has gets the verb in front.
    clash = with_operations(doc, ("get", "/billing/balance/", "getBalanceAgain"))
    assert naming.assign(clash, config).derived == {"getBalanceAgain": "billing.get_balance"}


def test_the_rule_gives_most_of_the_names_a_person_chose(doc: dict[str, Any], config: dict[str, Any]) -> None:
    """Leaving each listed operation out in turn, the rule gives the name a person chose for at
    least half of them (30 of 49 when the rule was written, as naming.py's docstring says)."""
    same = 0
    for operation_id, chosen in config["methods"].items():
        rest = {k: v for k, v in config["methods"].items() if k != operation_id}
        same += (
            naming.assign(doc, {"methods": rest, "helpers": config["helpers"]}).methods[operation_id]
            == chosen
        )
    assert same >= len(config["methods"]) / 2, f"{same} of {len(config['methods'])}"


def test_renaming_is_one_line(doc: dict[str, Any], config: dict[str, Any]) -> None:
    renamed = {**config["methods"], "listImageStyles": "images.styles"}
    names = naming.assign(doc, {**config, "methods": renamed})
    assert names.methods["listImageStyles"] == "images.styles" and not names.derived


def test_entries_for_operations_the_spec_lacks_are_stale_not_errors(
    doc: dict[str, Any], config: dict[str, Any]
) -> None:
    extra = {**config["methods"], "retiredOperation": "images.retired"}
    assert naming.assign(doc, {**config, "methods": extra}).stale == {"retiredOperation": "images.retired"}


@pytest.mark.parametrize(
    ("methods", "message"),
    [
        ({"listModels": "models"}, "needs a namespace"),
        ({"listModels": "models.List"}, "is not a lower-case Python name"),
        ({"listModels": "models.class"}, "is not a lower-case Python name"),
        ({"listModels": "models.with_raw_response"}, "is reserved"),
        ({"listModels": "models.list", "listModelTraits": "models.list"}, "are both named 'models.list'"),
        (
            {"listModels": "models.traits", "listModelTraits": "models.traits.list"},
            "both a method and a namespace",
        ),
    ],
)
def test_a_bad_config_is_refused_naming_the_entry(
    doc: dict[str, Any], config: dict[str, Any], methods: dict[str, str], message: str
) -> None:
    with pytest.raises(SpecError, match=re.escape(message)):
        naming.assign(doc, {**config, "methods": {**config["methods"], **methods}})


def test_a_helper_needs_a_known_kind(doc: dict[str, Any], config: dict[str, Any]) -> None:
    helpers = {"video.wait": {"kind": "poll", "polls": "retrieveVideo"}}
    with pytest.raises(SpecError, match="kind must be one of"):
        naming.assign(doc, {**config, "helpers": helpers})


def test_unknown_top_level_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bindings.yaml"
    path.write_text("method:\n  listModels: models.list\n", encoding="utf-8")
    with pytest.raises(SpecError, match="unknown top-level key"):
        naming.load_config(path)


def test_the_config_follows_upstream_renames_and_removals_line_by_line() -> None:
    head = "# names\nmethods:\n  # models\n  listModels: models.list\n"
    text = head + "  oldTraits: models.traits\n  gone: x.y\nhelpers: {}\n"
    before = {"GET /models": "listModels", "GET /models/traits": "oldTraits", "GET /x": "gone"}
    after = {"GET /models": "listModels", "GET /models/traits": "newTraits"}
    new, renames, deleted = naming.follow_upstream(text, before, after)
    assert new == head + "  newTraits: models.traits\nhelpers: {}\n"
    assert (renames, deleted) == ({"oldTraits": "newTraits"}, ["gone"])
    assert naming.follow_upstream(new, after, after) == (new, {}, [])


def test_a_wait_helper_needs_an_operation_that_answers_media(
    doc: dict[str, Any], config: dict[str, Any]
) -> None:
    from pipeline import bindings

    helpers = {"models.wait": {"kind": "wait", "polls": "listModels", "job": "Models"}}
    names = naming.assign(doc, {**config, "helpers": helpers})
    with pytest.raises(SpecError, match="listModels answers no media to wait for"):
        bindings.build_tree(doc, names)
