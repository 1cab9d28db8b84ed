"""Golden tests: the three consecutive upstream pairs, with the changes found by diffing them for real."""

from __future__ import annotations

from pipeline.drift import BREAKING, NON_BREAKING, Change, DriftReport, diff_specs, exit_code, render_markdown
from specs_mirror import PAIR_0308, PAIR_0413, PAIR_0604, spec


def diff(pair: tuple[str, str]) -> DriftReport:
    return diff_specs(spec(pair[0]), spec(pair[1]))


def find(report: DriftReport, operation: str, location: str, kind: str) -> Change:
    found = [c for c in report.changes if (c.operation, c.location, c.kind) == (operation, location, kind)]
    listing = "\n".join(map(str, report.changes))
    assert len(found) == 1, f"{operation} | {location} | {kind} not in:\n{listing}"
    return found[0]


def test_0308_four_audio_operations_added_and_model_spec_grew() -> None:
    report = diff(PAIR_0308)
    assert report.operations_added == (
        "POST /audio/complete",
        "POST /audio/queue",
        "POST /audio/quote",
        "POST /audio/retrieve",
    )
    assert report.operations_removed == ()
    models = "response 200 (application/json) data[]"
    voice = find(report, "GET /models", f"{models}.model_spec.default_voice", "response-property-added")
    assert (voice.detail, voice.breaking) == ("optional string", False)
    speed = find(report, "GET /models", f"{models}.model_spec.max_speed", "response-property-added")
    assert speed.detail == "optional number"
    lyrics = find(report, "GET /models", f"{models}.model_spec.supports_lyrics", "response-property-added")
    assert lyrics.detail == "optional boolean"
    # The 422 of video queue now points at ContentViolationError, which adds `suggested_prompt`.
    where = "response 422 (application/json) suggested_prompt"
    find(report, "POST /video/queue", where, "response-property-added")
    schemas = {c.location for c in report.changes if c.kind == "schema-added"}
    assert schemas == {
        f"components.schemas.{n}"
        for n in ("CompleteAudioRequest", "ContentViolationError", "QueueAudioRequest", "QuoteAudioRequest")
    } | {"components.schemas.RetrieveAudioRequest"}
    assert "/paths/~1models/get/description" in report.documentation_changes
    assert (report.status, exit_code(report), len(report.changes)) == (NON_BREAKING, 1, 20)


def test_0413_text_parser_moves_under_augment_and_scrape_appears() -> None:
    report = diff(PAIR_0413)
    assert report.operations_added == ("POST /augment/scrape", "POST /augment/text-parser")
    assert report.operations_removed == ("POST /text-parser",)
    moved = find(report, "POST /augment/text-parser", "operation", "operation-moved")
    assert (moved.detail, moved.breaking) == ("from POST /text-parser (operationId createTextParser)", False)
    removed = find(report, "POST /text-parser", "operation", "operation-removed")
    assert removed.breaking
    # The moved operation kept its shape: nothing is listed against it beyond being added and moved.
    kinds = {c.kind for c in report.changes if c.operation == "POST /augment/text-parser"}
    assert kinds == {"operation-added", "operation-moved"}
    for name in ("WebScrapeRequest", "WebScrapeResponse"):
        assert not find(report, "", f"components.schemas.{name}", "schema-added").breaking
    assert [c.kind for c in report.breaking] == ["operation-removed"]
    assert report.documentation_changes == ("/info",)
    assert (report.status, exit_code(report), len(report.changes)) == (BREAKING, 2, 6)


def test_0604_image_edit_model_enum_renamed_under_the_same_info_version() -> None:
    old, new = PAIR_0604
    assert spec(old)["info"]["version"] == spec(new)["info"]["version"] == "20260604.220552"
    report = diff(PAIR_0604)
    assert (report.operations_added, report.operations_removed) == ((), ())
    for ctype in ("application/json", "multipart/form-data"):
        where = f"request body ({ctype}) modelId"
        added = find(report, "POST /image/edit", where, "request-property-enum-value-added")
        assert (added.detail, added.breaking) == ('added "qwen-edit-uncensored"', False)
        removed = find(report, "POST /image/edit", where, "request-property-enum-value-removed")
        assert (removed.detail, removed.breaking) == ('removed "qwen-edit-nsfw"', True)
    assert len(report.changes) == 4
    assert report.documentation_changes == ()
    assert (report.status, exit_code(report)) == (BREAKING, 2)


def test_markdown_report_is_a_valid_table_with_the_rules() -> None:
    text = render_markdown(diff(PAIR_0604))
    assert "| | operation | location | kind | detail |\n|---|---|---|---|---|\n" in text
    row = "| **breaking** | `POST /image/edit` | request body (application/json) modelId"
    assert row + ' | request-property-enum-value-removed | removed "qwen-edit-nsfw" |' in text
    assert "- Removing an enum value is breaking in a request" in text
    assert render_markdown(diff(PAIR_0604)) == text  # deterministic


def test_0413_x402_payment_variant_added_to_402_bodies_is_not_breaking() -> None:
    """Upstream's 2026-03-31 -> 2026-04-13 pair adds the x402 payment body as a variant of every 402: the
    client raises PaymentRequiredError whatever the body, so none of the 13 is breaking (issue 15)."""
    report = diff_specs(spec("20260331T163424_9bb9f665.yaml"), spec("20260413T043504_18bb6653.yaml"))
    added = [
        c
        for c in report.changes
        if c.kind == "response-property-variant-added" and c.location.startswith("response 402 ")
    ]
    assert len(added) == 13
    assert {(c.location, c.breaking) for c in added} == {
        ("response 402 (application/json) <X402InferencePaymentRequired>", False)
    }
    chat = find(report, "POST /chat/completions", added[0].location, "response-property-variant-added")
    assert chat.rule.startswith("A change is breaking only if a correct client or caller can fail")
    # What stays breaking in the pair is on the request side (video queue and quote).
    assert {c.location.split(" ", 1)[0] for c in report.changes if c.breaking} == {"request"}
    assert (report.status, report.summary()["breaking"]) == (BREAKING, 12)


def test_0604_a_422_error_body_losing_what_callers_read_stays_breaking() -> None:
    """`suggested_prompt` (read as UnprocessableEntityError.suggested_prompt) removed and `error` replaced."""
    report = diff_specs(spec("20260531T133017_13e5a14f.yaml"), spec("20260604T221751_d495b4b6.yaml"))
    where = "response 422 (application/json)"
    removed = find(report, "POST /video/retrieve", f"{where} suggested_prompt", "response-property-removed")
    replaced = find(report, "POST /video/retrieve", f"{where} error", "response-property-type-changed")
    assert removed.breaking and replaced.breaking
    assert replaced.detail == "string -> object (replaced)"
    assert report.status == BREAKING
