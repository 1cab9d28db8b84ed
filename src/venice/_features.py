"""Model feature suffixes: ``model_with_features("qwen3-4b", enable_web_search="on")``.

The allowed keys, their types and the separators come from the spec's
``x-venice-model-feature-suffix`` extension, which the pipeline emits into the generated package
as ``venice/_generated/spec_extensions.json`` (read through ``venice._binding._table``); nothing
here lists a key.
"""

from __future__ import annotations

import functools
from typing import Any

from venice._binding._table import spec_extensions

__all__ = ["model_with_features"]


@functools.cache
def feature_suffix_spec() -> dict[str, Any]:
    """The ``x-venice-model-feature-suffix`` extension of the pinned spec."""
    spec: dict[str, Any] = spec_extensions()["x-venice-model-feature-suffix"]
    return spec


def _encode(key: str, value: object, schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if kind == "boolean":
        if not isinstance(value, bool):
            if value in ("true", "false"):
                return str(value)
            raise TypeError(f"model feature {key!r} takes a bool, not {value!r}")
        return "true" if value else "false"
    text = str(value)
    if isinstance(value, bool) or (kind == "string" and not isinstance(value, str)):
        raise TypeError(f"model feature {key!r} takes a string, not {value!r}")
    allowed = schema.get("enum")
    if allowed and text not in allowed:
        raise ValueError(f"model feature {key!r} must be one of {', '.join(map(str, allowed))}; got {text!r}")
    return text


def model_with_features(model: str, **features: object) -> str:
    """Return ``model`` with a feature suffix, e.g. ``"qwen3-4b:enable_web_search=on"``.

    Raises:
        ValueError: an unknown feature key (the message lists the valid ones), a bad enum value,
            or a model id that already carries a suffix.
        TypeError: a value of the wrong type.
    """
    spec = feature_suffix_spec()
    separator, pair_sep, kv_sep = spec["separator"], spec["pair_separator"], spec["key_value_separator"]
    if not model or separator in model:
        raise ValueError(f"model must be a plain model id without a {separator!r} suffix, got {model!r}")
    keys: dict[str, dict[str, Any]] = spec["keys"]
    unknown = sorted(set(features) - set(keys))
    if unknown:
        raise ValueError(
            f"unknown model feature(s) {', '.join(map(repr, unknown))}; "
            f"valid features: {', '.join(sorted(keys))}"
        )
    if not features:
        return model
    pairs = [f"{key}{kv_sep}{_encode(key, value, keys[key])}" for key, value in features.items()]
    return f"{model}{separator}{pair_sep.join(pairs)}"
