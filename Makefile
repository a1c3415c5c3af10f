# The two commands of the README: `make demo` (install + run on the bundled examples) and
# `make test` (install with dev tools + linters + tests). Both create .venv themselves.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: demo test lint browser postgres bench readme clean

demo: $(VENV)/.installed
	$(BIN)/newsweave digest examples --format md
	rm -f demo.db && $(BIN)/newsweave ingest examples --db demo.db
	@echo "Browse these stories: $(BIN)/newsweave serve --db demo.db, then open http://127.0.0.1:8000/"

test: $(VENV)/.installed-dev lint browser postgres
	$(BIN)/pytest

# Pages are tested in Debian's chromium. Installed here when missing and run as root (as CI
# is); elsewhere the browser tests say they were skipped and why.
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
		>/dev/null; } || echo "chromium is not installed: browser tests will be skipped"

# The PostgreSQL store's tests start a throwaway server from Debian's postgresql binaries
# (tests/postgres_server.py). Installed here when missing and run as root (as CI is);
# elsewhere those tests say they were skipped and why (under CI=true they fail instead).
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] \
		&& command -v apt-get >/dev/null && apt-get update -qq \
		&& DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } \
		|| echo "postgresql is not installed: PostgreSQL store tests will be skipped"

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.installed-dev
	$(BIN)/python -m benchmarks.extraction
	$(BIN)/python -m benchmarks.clustering
	$(BIN)/python -m benchmarks.cluster_speed
	$(BIN)/python -m benchmarks.summaries
	$(BIN)/python -m benchmarks.reuse
	$(BIN)/python -m benchmarks.fingerprint_speed
	$(BIN)/python -m benchmarks.serve

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[web]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) demo.db build src/*.egg-info .mypy_cache .ruff_cache .pytest_cache

# README.md's CLI reference, regenerated from the commands' help (tests/test_readme.py checks it).
readme: $(VENV)/.installed
	$(BIN)/python -c "import re, pathlib; from newsweave.cli.parser import reference; \
	p = pathlib.Path('README.md'); s = p.read_text(); \
	p.write_text(re.sub(r'(<!-- cli-reference:start -->\n).*(<!-- cli-reference:end -->)', \
	lambda m: m.group(1) + reference() + m.group(2), s, flags=re.S))"
