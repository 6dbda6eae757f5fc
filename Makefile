# DataJetty — `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python

.PHONY: install run test fuzz worker bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) scripts/run.py

test: install
	$(PY) -m pytest

fuzz: install  ## the OpenAPI fuzz pass with many more examples than CI's
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-100} $(PY) -m pytest tests/fuzz

worker: install
	$(PY) worker.py

bench: install
	$(PY) bench/run_all.py

clean:
	rm -rf var test-output
