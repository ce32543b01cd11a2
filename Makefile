# Two commands do all set-up on a fresh machine with Python 3.11 or newer:
#   make run   creates the venv, installs the app (and only what it needs to run), starts it
#   make test  creates the venv, installs the app with its test tools, runs every check
# Each Python gets its own venv, named after its version: `make test` uses .venv-3.11 where
# python3 is 3.11, `make test PYTHON=python3.13` uses .venv-3.13.
PYTHON ?= python3

# The interpreter's real path and version. pyenv's shims run only the versions pyenv has
# selected, so when PYTHON=python3.13 does not run, ask pyenv for its newest 3.13.
ABOUT_PYTHON := import sys; print(sys.executable, "%d.%d" % sys.version_info[:2])
INTERPRETER := $(shell $(PYTHON) -c '$(ABOUT_PYTHON)' 2> /dev/null \
	|| PYENV_VERSION=$$(pyenv latest $(PYTHON:python%=%) 2> /dev/null) \
	$(PYTHON) -c '$(ABOUT_PYTHON)' 2> /dev/null)
VENV := .venv-$(word 2,$(INTERPRETER))
BIN := $(VENV)/bin
# Running needs only the app's dependencies; the test stamp implies the run stamp.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
LINTED := acupress_gui tests benchmarks scripts packaging

.PHONY: run test lint style imports typecheck workflows shell pytest torture screenshots benchmarks clean

$(BIN)/python:
	@test -n "$(INTERPRETER)" || { echo "'$(PYTHON)' does not run: set PYTHON to the" \
		"command or the path of a Python 3.11 or newer" >&2; exit 1; }
	$(word 1,$(INTERPRETER)) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/acupress-gui

test: lint pytest

lint: style imports typecheck workflows shell

style: $(TEST_STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

imports: $(TEST_STAMP)
	$(BIN)/lint-imports

typecheck: $(TEST_STAMP)
	$(BIN)/mypy acupress_gui

# The hosted-CI workflow, offline: GitHub's schema for it (bundled with check-jsonschema)
# and zizmor's audit; tests/packaging shellchecks its bash steps.
workflows: $(TEST_STAMP)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/zizmor --offline --config .github/zizmor.yml .github/workflows

shell: $(TEST_STAMP)
	$(BIN)/shellcheck .ci/run packaging/macos/*.sh

pytest: $(TEST_STAMP)
	$(BIN)/python -m pytest

# Thousands of generated cases per property instead of a few hundred; not part of `test`.
torture: $(TEST_STAMP)
	HYPOTHESIS_PROFILE=torture $(BIN)/python -m pytest -m generated

screenshots: $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_screenshots.py docs/screenshots

benchmarks: $(RUN_STAMP)
	$(BIN)/python benchmarks/startup_time.py
	$(BIN)/python benchmarks/startup_block.py
	$(BIN)/python benchmarks/timer_accuracy.py
	$(BIN)/python benchmarks/history_scale.py

clean:
	rm -rf .venv-* build *.egg-info .pytest_cache .ruff_cache .mypy_cache .import_linter_cache
