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

# Until ingest lands: a throwaway database, a few claims added by hand, one marked.
demo: install
	@set -e; dir=$$(mktemp -d); export CLAIMS_DB=$$dir/demo.db; \
	$(BIN)/claims init; \
	$(BIN)/claims add "Ukrainian forces occupy around 1,000 sq km of the Kursk region" \
	  --url https://example.org/kursk --outlet "Example Wire" --published 2024-08-12 \
	  --claimant "Oleksandr Syrskyi" --kind quantity; \
	$(BIN)/claims add "Russia says 1,250 sq km of the region were never lost" \
	  --url https://example.org/kursk-2 --outlet "Example Daily" --claimant "Kremlin"; \
	$(BIN)/claims add "Inflation fell to 2.2 percent in August" \
	  --url https://example.org/cpi --outlet "Example Business" --kind quantity; \
	$(BIN)/claims link 1 2 --as contradicts; \
	$(BIN)/claims mark 3 true --note "Matches the statistics office release"; \
	$(BIN)/claims list; \
	echo "Demo database: $$CLAIMS_DB"

bench: install
	$(BIN)/pytest -q -s -p no:xdist tests/benchmarks

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
