# Two commands do all set-up on a fresh machine with Python 3.11:
#   make run   creates .venv, installs the app, starts it
#   make test  creates .venv, installs the app with its test tools, runs every check
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshots benchmarks clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/acupress-gui

lint: $(STAMP)
	$(BIN)/ruff check acupress_gui tests benchmarks scripts
	$(BIN)/ruff format --check acupress_gui tests benchmarks scripts
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_screenshots.py docs/screenshots

benchmarks: $(STAMP)
	$(BIN)/python benchmarks/startup_time.py
	$(BIN)/python benchmarks/timer_accuracy.py
	$(BIN)/python benchmarks/history_scale.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
