# Two commands do all set-up on a fresh machine with Python 3.11 or newer:
#   make run   creates the venv, installs the app (and only what it needs to run), starts it
#   make test  creates the venv, installs the app with its test tools, runs every check
#   make bundle  builds the one-folder app in dist/AcuPress (docs/packaging.md)
# Both first check the Debian/Ubuntu packages they need (see PACKAGES_RUN below).
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
# The Debian/Ubuntu packages of acupress_gui/resources/debian-packages.txt, checked by the
# system's Python before the venv is used: installed when make runs as root with apt-get,
# else the `sudo apt-get install` line is printed (then `run` stops, the tests skip what
# needs them). The check (0.1 s) runs again whenever the list or dpkg's database changes,
# so a package removed later is noticed; its stamp is left only when nothing is missing.
PACKAGES_RUN := $(VENV)/.system-packages-run
PACKAGES_TEST := $(VENV)/.system-packages-test
DPKG_DATABASE := $(wildcard /var/lib/dpkg/status)
NEED_PYTHON = @test -n "$(INTERPRETER)" || { echo "'$(PYTHON)' does not run: set PYTHON to" \
	"the command or the path of a Python 3.11 or newer" >&2; exit 1; }
BUNDLE_STAMP := $(VENV)/.installed-bundle
LINTED := acupress_gui tests benchmarks scripts packaging
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' acupress_gui/__init__.py)
ARCHIVE := AcuPress-$(VERSION)-linux-$(shell uname -m)

.PHONY: run test lint style imports typecheck pytest torture simulate-missing screenshots \
	icons translations workflows shell benchmarks clean bundle bundle-archive bundle-check

$(BIN)/python:
	$(NEED_PYTHON)
	$(word 1,$(INTERPRETER)) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

$(PACKAGES_RUN) $(PACKAGES_TEST): $(VENV)/.system-packages-%: \
		acupress_gui/resources/debian-packages.txt $(DPKG_DATABASE)
	$(NEED_PYTHON)
	@$(word 1,$(INTERPRETER)) -m acupress_gui.bootstrap.ensure_packages $* --stamp $@

$(BUNDLE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@ $(RUN_STAMP)

run: $(PACKAGES_RUN) $(RUN_STAMP)
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
	$(BIN)/shellcheck .ci/run packaging/macos/*.sh packaging/linux/install.sh \
		packaging/kiosk/acupress-kiosk-launch packaging/kiosk/setup-kiosk-user.sh \
		packaging/kiosk/gnome-kiosk/gnome-kiosk-script

pytest: $(PACKAGES_TEST) $(TEST_STAMP)
	$(BIN)/python -m pytest

# Thousands of generated cases per property instead of a few hundred; not part of `test`.
torture: $(PACKAGES_TEST) $(TEST_STAMP)
	HYPOTHESIS_PROFILE=torture $(BIN)/python -m pytest -m generated

# The tests with libpulse, libEGL, Xvfb or one xcb library hidden (as root; about 40 s):
# they must pass, skipping what needs the missing part and saying why. Not part of `test`.
simulate-missing: $(PACKAGES_TEST) $(TEST_STAMP)
	$(BIN)/python scripts/simulate_missing.py

screenshots: $(PACKAGES_RUN) $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_screenshots.py docs/screenshots

# The translation sources (resources/i18n/<code>.ts) brought up to date with the code by
# pyside6-lupdate, and the .qm files the app loads built from them by pyside6-lrelease
# (acupress_gui/resources/i18n/, kept in the repository; `make test` checks both are current).
translations: $(RUN_STAMP)
	$(BIN)/python scripts/update_translations.py

# The icon files (PNGs, .ico, .icns) from the master drawing in resources/icons/.
icons: $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_icons.py

benchmarks: $(RUN_STAMP)
	$(BIN)/python benchmarks/startup_time.py
	$(BIN)/python benchmarks/preflight_cost.py
	$(BIN)/python benchmarks/startup_block.py
	$(BIN)/python benchmarks/timer_accuracy.py
	$(BIN)/python benchmarks/history_scale.py

# The one-folder app: dist/AcuPress/acupress-gui. The spec rebuilds ICU's data library
# and strips the interpreter with binutils.
bundle: $(PACKAGES_RUN) $(BUNDLE_STAMP)
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
bundle-check: bundle-archive $(PACKAGES_TEST) $(TEST_STAMP)
	ACUPRESS_BUNDLE=dist/AcuPress ACUPRESS_ARCHIVE=dist/$(ARCHIVE).tar.gz \
		ACUPRESS_GUI=$(CURDIR)/dist/AcuPress/acupress-gui \
		$(BIN)/python -m pytest tests/bundle tests/gui
	$(BIN)/python benchmarks/bundle_start.py dist/AcuPress

clean:
	rm -rf .venv-* build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache .import_linter_cache
