"""Derive the custom generator templates from the pinned generator's own templates.

Three templates are derived, each for one reason:

- `endpoint_module.py.jinja`: content-type dispatch for multi-content responses (below).
- `package_init.py.jinja`: `venice_api` imports its attrs `Client` classes on first use, so the
  typed surface the client reads (`params`, `responses`, `operations`) loads without attrs.
- `models_init.py.jinja`: `venice_api.models` imports its ~640 model modules lazily (PEP 562
  `__getattr__`, with the eager imports kept under `TYPE_CHECKING` for type checkers). The eager
  package `__init__` costs about 440 ms on the first import of any single model or endpoint.

openapi-python-client 0.29.1 keeps only the first parseable content type of a response (its open issue
#1248), so a `200` that answers JSON *or* a video/CSV/text body can never return the non-JSON branch.
No config option changes that, so we patch `endpoint_module.py.jinja`, and only its response-dispatch
part: for every response that also declares non-JSON content types, the generated `_parse_response`
returns a `File` (binary types) or `str` (text types) when the response's `Content-Type` is one of them,
and otherwise parses exactly as upstream does; the return annotation grows `| File` / `| str` to match.

The template is not committed as a copy. It is derived at regeneration time from the installed
generator's own template, which must have the pinned sha256, by anchored replacements that must each
match exactly once. A generator upgrade that changes the template therefore fails loudly here (and in
`tests/pipeline/test_templates.py`) instead of drifting silently.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

from .specio import SpecError

TEMPLATE_NAME = "endpoint_module.py.jinja"
UPSTREAM_SHA256 = "c1b2628053eb4875ba59566baa5ae907666f9cbfafa308d93f970a4404b7cd52"  # 0.29.1
PACKAGE_INIT_NAME = "package_init.py.jinja"
PACKAGE_INIT_SHA256 = "ac15907e32dc39bd9b83ea6f2002fb87514f2182b97f88231b5a9c47321f6210"  # 0.29.1
MODELS_INIT_NAME = "models_init.py.jinja"
MODELS_INIT_SHA256 = "4f64a3d6e1b15a561be5573c1b7702eb928c0e4fa6b67107d20e57a74c44d51a"  # 0.29.1

# The package `__init__` imports its `Client` classes on first use: they are attrs classes, and the
# typed surface beside them (`params`, `responses`, `operations`) must not pay for attrs (~14 ms).
LAZY_PACKAGE_INIT = """{% from "helpers.jinja" import docstring %}

{{ docstring(package_description | safe_for_docstring) }}
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
"""

# Every import the generator passes is `from .module import Name`; the template keeps that list.
LAZY_MODELS_INIT = """\"\"\" Contains all the data models used in inputs/outputs (each imported on first use) \"\"\"

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{% for import in imports | sort %}
    {{ import }}
{% endfor %}

_MODULE_OF = {
{% for import in imports | sort %}
{% set parts = import.split(" ") %}
    "{{ parts[3] }}": "{{ parts[1] }}",
{% endfor %}
}

__all__ = (
    {% for all in alls | sort %}
    "{{ all }}",
    {% endfor %}
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
"""

# Jinja macros: which declared content types of `response` are of `kind` but not what the generator chose.
_MACROS = """{% macro alternative_content_types(response, kind) -%}
{%- set chosen = {"Any": "json", "bytes": "binary", "str": "text"}.get(response.source.return_type, "none") -%}
{%- set found = [] -%}
{%- for key in (response.data.content or {}) -%}
{%- set media_type = key.get_untrusted_value().lower() -%}
{%- if media_type == "application/json" or media_type.endswith("+json") -%}{%- set media_kind = "json" -%}
{%- elif media_type.startswith("text/") -%}{%- set media_kind = "text" -%}
{%- else -%}{%- set media_kind = "binary" -%}{%- endif -%}
{%- if media_kind == kind and media_kind != chosen -%}{%- set _ = found.append(media_type) -%}{%- endif -%}
{%- endfor -%}
{%- for media_type in found %}"{{ media_type | in_double_quote_literal }}", {% endfor -%}
{%- endmacro %}

{% macro content_type_dispatch(response) %}
{% set binary_types = alternative_content_types(response, "binary") | trim %}
{% set text_types = alternative_content_types(response, "text") | trim %}
{% if binary_types or text_types %}
content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
{% endif %}
{% if binary_types %}
if content_type in ({{ binary_types }}):
    return File(payload=BytesIO(response.content), mime_type=content_type)
{% endif %}
{% if text_types %}
if content_type in ({{ text_types }}):
    return response.text
{% endif %}
{% endmacro %}

{% macro extra_return_types(endpoint) -%}
{%- set extra = [] -%}
{%- for response in endpoint.responses -%}
{%- if (alternative_content_types(response, "binary") | trim) and "File" not in extra -%}{%- set _ = extra.append("File") -%}{%- endif -%}
{%- if (alternative_content_types(response, "text") | trim) and "str" not in extra -%}{%- set _ = extra.append("str") -%}{%- endif -%}
{%- endfor -%}
{%- for name in extra %} | {{ name }}{% endfor -%}
{%- endmacro %}
"""

# (anchor in the upstream template, replacement); each anchor must occur exactly once.
REPLACEMENTS: list[tuple[str, str]] = [
    (
        "from http import HTTPStatus\n",
        _MACROS
        + "{% set extra_types = extra_return_types(endpoint) | trim %}\nfrom http import HTTPStatus\n",
    ),
    (
        "{% set return_string = endpoint.response_type() %}\n",
        "{% set return_string = endpoint.response_type() %}\n"
        "{% if extra_types %}\n"
        '{% set return_string = PythonCode(return_string.as_unembedded_code() ~ " " ~ extra_types) %}\n'
        "{% endif %}\n",
    ),
    (
        "from ... import errors\n",
        "from ... import errors\n{% if extra_types %}\nfrom io import BytesIO\nfrom ...types import File\n{% endif %}\n",
    ),
    (
        "    if response.status_code == {{ code_range[0] }}:\n    {% else %}\n"
        "    if {{ code_range[0] }} <= response.status_code <= {{ code_range[1] }}:\n    {% endif %}\n",
        "    if response.status_code == {{ code_range[0] }}:\n    {% else %}\n"
        "    if {{ code_range[0] }} <= response.status_code <= {{ code_range[1] }}:\n    {% endif %}\n"
        "        {{ content_type_dispatch(response) | indent(8) }}\n",
    ),
]


def upstream_template(name: str = TEMPLATE_NAME) -> str:
    package = resources.files("openapi_python_client") / "templates" / name
    return package.read_text(encoding="utf-8")


def _require_pinned(name: str, upstream: str, pinned: str) -> None:
    actual = hashlib.sha256(upstream.encode("utf-8")).hexdigest()
    if actual != pinned:
        raise SpecError(
            f"openapi-python-client's {name} changed (sha256 {actual}, pinned {pinned}); "
            "re-check scripts/pipeline/templates.py against the new template before upgrading"
        )


def derive_models_init(upstream: str) -> str:
    """The lazy `models/__init__.py` template, provided the upstream one is still the pinned one."""
    _require_pinned(MODELS_INIT_NAME, upstream, MODELS_INIT_SHA256)
    return LAZY_MODELS_INIT


def derive_package_init(upstream: str) -> str:
    """The lazy package `__init__.py` template, provided the upstream one is still the pinned one."""
    _require_pinned(PACKAGE_INIT_NAME, upstream, PACKAGE_INIT_SHA256)
    return LAZY_PACKAGE_INIT


def derive_template(upstream: str) -> str:
    """Apply `REPLACEMENTS` to the upstream template text; raise `SpecError` if it is not the pinned one."""
    _require_pinned(TEMPLATE_NAME, upstream, UPSTREAM_SHA256)
    text = upstream
    for anchor, replacement in REPLACEMENTS:
        count = text.count(anchor)
        if count != 1:
            raise SpecError(
                f"{TEMPLATE_NAME}: template anchor found {count} times, expected once: {anchor!r}"
            )
        text = text.replace(anchor, replacement)
    return text


def write_custom_templates(directory: Path) -> Path:
    """Write the derived templates into `directory` (for `--custom-template-path`) and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / TEMPLATE_NAME).write_text(derive_template(upstream_template()), encoding="utf-8")
    models_init = derive_models_init(upstream_template(MODELS_INIT_NAME))
    (directory / MODELS_INIT_NAME).write_text(models_init, encoding="utf-8")
    package_init = derive_package_init(upstream_template(PACKAGE_INIT_NAME))
    (directory / PACKAGE_INIT_NAME).write_text(package_init, encoding="utf-8")
    return directory
