# weldplan: `make run` serves the API on http://$(HOST):$(PORT); `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8000
export WELDPLAN_DATA_DIR ?= $(CURDIR)/data

.PHONY: install run test unit api bench lint clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

run: install
	$(VENV)/bin/weldplan migrate
	$(VENV)/bin/weldplan serve --host $(HOST) --port $(PORT) --demo --no-migrate

test: install
	$(VENV)/bin/pytest -q tests api_tests

unit: install
	$(VENV)/bin/pytest -q tests

api: install
	$(VENV)/bin/pytest -q api_tests

bench: install
	@for f in bench/*.py; do echo "== $$f" >&2; $(PY) $$f || exit 1; done

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
