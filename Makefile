# minsheng — `make extract` and `make test` work on a fresh clone: they create .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: install extract test bench gazetteer clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

extract: $(STAMP)
	$(VENV)/bin/minsheng extract data/raw --out data/out

test: $(STAMP)
	$(PY) -m pytest -q

clean:
	rm -rf data/out/*.parquet .pytest_cache
