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

test: $(STAMP)
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
