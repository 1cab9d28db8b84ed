"""The derived endpoint template is tied to the pinned generator template and fails loudly if it moves."""

from __future__ import annotations

import pytest
from pipeline import templates
from pipeline.specio import SpecError


def test_installed_generator_template_is_the_pinned_one() -> None:
    derived = templates.derive_template(templates.upstream_template())
    assert "content_type_dispatch(response)" in derived
    assert derived.count("{% macro alternative_content_types") == 1


def test_a_changed_upstream_template_is_refused() -> None:
    changed = templates.upstream_template().replace("def _parse_response", "def _parse_response_v2")
    with pytest.raises(SpecError, match=r"endpoint_module.py.jinja changed \(sha256 [0-9a-f]{64}, pinned"):
        templates.derive_template(changed)


def test_every_anchor_must_match_exactly_once(monkeypatch: pytest.MonkeyPatch) -> None:
    upstream = templates.upstream_template()
    monkeypatch.setattr(templates, "UPSTREAM_SHA256", templates.hashlib.sha256(b"x").hexdigest())
    with pytest.raises(SpecError, match="anchor found 0 times"):
        templates.derive_template("x")
    monkeypatch.setattr(templates, "REPLACEMENTS", [("from", "FROM")])
    monkeypatch.setattr(templates, "UPSTREAM_SHA256", templates.hashlib.sha256(upstream.encode()).hexdigest())
    with pytest.raises(SpecError, match=r"anchor found \d+ times, expected once: 'from'"):
        templates.derive_template(upstream)


def test_a_changed_models_init_template_is_refused() -> None:
    with pytest.raises(SpecError, match=r"models_init.py.jinja changed"):
        templates.derive_models_init(templates.upstream_template(templates.MODELS_INIT_NAME) + "\n")


def test_a_changed_package_init_template_is_refused() -> None:
    with pytest.raises(SpecError, match=r"package_init.py.jinja changed"):
        templates.derive_package_init(templates.upstream_template(templates.PACKAGE_INIT_NAME) + "\n")
