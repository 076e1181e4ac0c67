# Two commands on a fresh machine with Python 3.11:
#   make report   creates .venv, installs tradetrack, writes reports/tradetrack.xlsx and charts
#   make test     creates .venv, installs tradetrack with its test tools, runs the tests
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: report test lint bench clean

$(BIN)/tradetrack: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,dask]'
	touch $@

report: $(BIN)/tradetrack
	$(BIN)/tradetrack report data -o reports/tradetrack.xlsx
	$(BIN)/tradetrack chart data --all -o reports

test: $(BIN)/tradetrack
	$(BIN)/ruff check tradetrack tests benchmarks
	$(BIN)/python -m pytest

bench: $(BIN)/tradetrack
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) reports/*.xlsx reports/*.png
