# The Makefile only wraps scripts/: every step's logic lives in the scripts it calls.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC ?=

.PHONY: venv pull regen check-generated test lint drift bench clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

pull: $(STAMP)
	$(PY) scripts/pull.py

regen: $(STAMP)
	$(PY) scripts/regen.py --strict

check-generated: $(STAMP)
	$(PY) scripts/check_generated.py

# Node tools for tests/contract (Stoplight Prism, pinned in package-lock.json).
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "make: npm (Node.js >= 18) is required to install Prism for tests/contract; install Node.js and retry" >&2; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

test: $(STAMP) node_modules/.installed
	$(PY) scripts/run_tests.py

lint: $(STAMP)
	$(PY) -m ruff check src scripts tests bench
	$(PY) -m ruff format --check src scripts tests bench
	$(PY) -m mypy

drift: $(STAMP)
	$(PY) scripts/drift_check.py $(if $(SPEC),--spec $(SPEC),)

bench: $(STAMP)
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) spec/cache .work
