# The Makefile only wraps scripts/: every step's logic lives in the scripts it calls.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC ?=
BASE ?=
TESTS ?=
KEEP ?=
ALLOW_LOCAL_PIN ?=

.PHONY: venv pull regen check-generated test lint drift update dist bench docs clean

# The editable install, then src/ and generated/ as plain path entries: mypy and pyright follow those,
# not the editable install's import hook (scripts/editable_paths.py says why).
$(STAMP): requirements.lock pyproject.toml scripts/editable_paths.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) scripts/editable_paths.py
	touch $(STAMP)

venv: $(STAMP)

pull: $(STAMP)
	$(PY) scripts/pull.py

regen: $(STAMP)
	$(PY) scripts/regen.py --strict

check-generated: $(STAMP)
	$(PY) scripts/check_generated.py

# Node tools (pinned in package-lock.json): Stoplight Prism 5.14.2 for tests/contract (its Prism
# packages pinned by overrides; they declare node >= 18.20.1, as package.json's engines does) and
# pyright for lint and tests/typing.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "make: npm (Node.js >= 18.20.1) is required to install Prism for tests/contract; install Node.js and retry" >&2; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

test: $(STAMP) node_modules/.installed
	$(PY) scripts/run_tests.py

# Handwritten code under mypy --strict; the README's examples (examples/) and the typing cases under
# both mypy --strict and pyright (pinned in package.json), as users run them; the sync twins of the
# async response and stream classes as scripts/unasync.py writes them.
lint: $(STAMP) node_modules/.installed
	$(PY) -m ruff check src scripts tests bench examples
	$(PY) -m ruff format --check src scripts tests bench examples
	$(PY) scripts/unasync.py --check
	$(PY) -m mypy
	$(PY) -m mypy --strict examples
	node_modules/.bin/pyright examples
	$(VENV)/bin/actionlint

drift: $(STAMP)
	$(PY) scripts/drift_check.py $(if $(SPEC),--spec $(SPEC),) $(if $(BASE),--base $(BASE),)

# A new upstream spec -> pin, regenerate, test, CHANGELOG and version; or a stop naming what needs a
# person (exit codes in scripts/update.py). SPEC=path-or-url (default: the live spec), TESTS="pytest
# args" (default: the whole suite), KEEP=1 (leave a stopped update in the tree), ALLOW_LOCAL_PIN=1 (pin a
# local SPEC file that spec/mirror.tsv does not list: a local trial, not for a commit).
update: $(STAMP) node_modules/.installed
	$(PY) scripts/update.py $(if $(SPEC),--spec "$(SPEC)",) $(if $(TESTS),--tests "$(TESTS)",) $(if $(KEEP),--keep,) $(if $(ALLOW_LOCAL_PIN),--allow-local-pin,)

# sdist + wheel from a clean copy of the tree into dist/, checked with twine.
dist: $(STAMP)
	$(PY) scripts/dist.py

# The benchmarks run in a bench-only virtualenv (.venv-bench): the main locks, the peers they compare
# with (openai, venice-ai) and the bench tools (bench/requirements.lock), this project editable.
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): requirements.lock bench/requirements.lock pyproject.toml
	$(PYTHON) scripts/bench_env.py --venv $(BENCH_VENV)

bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python bench/run_all.py

# The documentation site (docs/, the README as its home page; mkdocs.yml) in site/, built with mkdocs
# --strict in a docs-only virtualenv (.venv-docs, docs/requirements.lock): a broken link or anchor, or a
# page missing from the nav, fails it. NO_MKDOCS_2_WARNING silences Material's end-of-life banner.
DOCS_VENV := .venv-docs
DOCS_STAMP := $(DOCS_VENV)/.installed

$(DOCS_STAMP): docs/requirements.lock
	$(PYTHON) -m venv $(DOCS_VENV)
	$(DOCS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r docs/requirements.lock
	touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(DOCS_VENV)/bin/python -m mkdocs build --strict

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(DOCS_VENV) site spec/cache .work build dist *.egg-info src/*.egg-info generated/*.egg-info
