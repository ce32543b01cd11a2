# Two commands do all set-up on a fresh machine with Python 3.11 or newer:
#   make run   creates the venv, installs the app (and only what it needs to run), starts it
#   make test  creates the venv, installs the app with its test tools, runs every check
#   make bundle  builds the one-folder app in dist/AcuPress (docs/packaging.md)
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
BUNDLE_STAMP := $(VENV)/.installed-bundle
LINTED := acupress_gui tests benchmarks scripts packaging
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' acupress_gui/__init__.py)
ARCHIVE := AcuPress-$(VERSION)-linux-$(shell uname -m)

.PHONY: run test lint style imports typecheck pytest torture screenshots benchmarks clean \
	bundle bundle-archive bundle-check

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

$(BUNDLE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/acupress-gui

test: lint pytest

lint: style imports typecheck

style: $(TEST_STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

imports: $(TEST_STAMP)
	$(BIN)/lint-imports

typecheck: $(TEST_STAMP)
	$(BIN)/mypy acupress_gui

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

# The one-folder app: dist/AcuPress/acupress-gui. The spec rebuilds ICU's data library
# and strips the interpreter with binutils.
bundle: $(BUNDLE_STAMP)
	@for tool in readelf strip as ld; do command -v $$tool > /dev/null || { \
		echo "make bundle needs $$tool: apt-get install binutils" >&2; exit 1; }; done
	$(BIN)/pyinstaller --noconfirm --log-level ERROR --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/acupress.spec
	@echo "bundle_mb=$$(du -sm dist/AcuPress | cut -f1)"

# dist/AcuPress-VERSION-linux-ARCH.tar.gz: one folder holding the app and install.sh.
bundle-archive: bundle
	tar --create --gzip --file dist/$(ARCHIVE).tar.gz --sort=name --owner=0 --group=0 \
		--numeric-owner --transform 's,^,$(ARCHIVE)/,S' \
		-C dist AcuPress -C $(CURDIR)/packaging/linux install.sh
	@echo "archive_mb=$$(du -m dist/$(ARCHIVE).tar.gz | cut -f1)"

# The built bundle and archive checked: its libraries, a start without the system's copies
# of the bundled ones, the real-window tests run on it, the archive installed; then its
# start-up time against the source's.
bundle-check: bundle-archive $(TEST_STAMP)
	ACUPRESS_BUNDLE=dist/AcuPress ACUPRESS_ARCHIVE=dist/$(ARCHIVE).tar.gz \
		ACUPRESS_GUI=$(CURDIR)/dist/AcuPress/acupress-gui \
		$(BIN)/python -m pytest tests/bundle tests/gui
	$(BIN)/python benchmarks/bundle_start.py dist/AcuPress

clean:
	rm -rf .venv-* build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache .import_linter_cache
