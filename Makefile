# weldplan: `make run` serves the API on http://$(HOST):$(PORT); `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8000
export WELDPLAN_DATA_DIR ?= $(CURDIR)/data

.PHONY: install run test unit api bench lint lock clean

# Exact versions from requirements-dev.lock (what CI tested); the project itself without resolving again.
$(VENV)/.installed: pyproject.toml requirements-dev.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -r requirements-dev.lock
	$(PY) -m pip install -q -e . --no-deps
	@touch $@

install: $(VENV)/.installed

run: install
	$(VENV)/bin/weldplan migrate
	$(VENV)/bin/weldplan serve --host $(HOST) --port $(PORT) --demo --no-migrate

test: install
	$(VENV)/bin/pytest -q -n 2 --dist loadfile --durations=40 tests api_tests

unit: install
	$(VENV)/bin/pytest -q tests

api: install
	$(VENV)/bin/pytest -q api_tests

bench: install
	@for f in bench/*.py; do echo "== $$f" >&2; $(PY) $$f || exit 1; done

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Re-pin after a change to pyproject.toml's dependencies (uv keeps the pins it can): requirements-dev.lock
# for make, requirements.lock (the same versions, without the dev extra) for the container.
UV_COMPILE := $(VENV)/bin/uv pip compile -q pyproject.toml --python-version 3.11 \
              --python-platform x86_64-manylinux_2_28 --no-header
lock: install
	$(UV_COMPILE) --extra dev -o requirements-dev.lock
	$(UV_COMPILE) -c requirements-dev.lock -o requirements.lock

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
