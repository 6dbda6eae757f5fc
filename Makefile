# DataJetty — `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python

.PHONY: install run test lint fuzz worker bench client clean

$(VENV)/.installed: pyproject.toml clients/python/setup.py clients/cli/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]' -e clients/python -e clients/cli
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) scripts/run.py

test: install
	$(PY) -m pytest

lint: install  ## ruff (rules in pyproject.toml) and its formatter, over everything but generated code; mypy over app/
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

fuzz: install  ## the OpenAPI fuzz pass with many more examples than CI's
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-100} $(PY) -m pytest tests/fuzz

worker: install
	$(PY) worker.py

client: install  ## regenerate clients/openapi.json and the typed client in clients/python (commit both)
	$(PY) scripts/gen_client.py

bench: install
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) bench/run_all.py

clean:
	rm -rf var test-output
