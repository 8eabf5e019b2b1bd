# Everything a newcomer needs: `make demo` and `make test` on a machine with only python3.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Two workers on the two cores we have; PostgreSQL tests run too when
# CLAIMS_TEST_POSTGRES_URL is set (see README).
PYTEST_ARGS ?= -n 2 -q

.PHONY: install test check demo bench format clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/.installed

test: install
	$(BIN)/pytest $(PYTEST_ARGS) --ignore=tests/benchmarks tests

check: install
	$(BIN)/ruff check claims db tests scripts
	$(BIN)/ruff format --check claims db tests scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format claims db tests scripts
	$(BIN)/ruff check --fix claims db tests scripts

# The sample articles into a throwaway database, then the review app (on a terminal;
# under CI or without one, the top claims are printed instead).
demo: install
	$(BIN)/claims demo

bench: install
	$(BIN)/pytest -q -s -p no:xdist tests/benchmarks

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
