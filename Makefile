# The two commands a newcomer needs: `make run` (the app on a demo showroom) and `make test`.
# Both install what is missing first: system packages (scripts/install-system-deps.sh), the venv,
# and the compiled translations.
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard assets/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test sysdeps install translations lupdate screenshots bench bench-quick bundle clean

run: sysdeps install translations
	$(BIN)/showroom --demo $(ARGS)

test: sysdeps install translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

sysdeps:
	@bash scripts/install-system-deps.sh

install: $(STAMP)

# A changed pyproject rebuilds the venv from scratch: upgrading Qt wheels in place can leave
# PySide6 half-removed (wheels share files), which fails in confusing ways.
$(STAMP): pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,hq]'
	touch $@

translations: install $(QM)

assets/translations/%.qm: assets/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the source after changing user-visible strings.
lupdate: install
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files 'ui/*.py' 'present/*.py' 'printing/*.py' 'cli/*.py') showroom/settings.py -ts $(TS)

screenshots: sysdeps install translations
	xvfb-run -a -s "-screen 0 1366x800x24" $(BIN)/python scripts/screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1366x800x24" $(BIN)/python scripts/mailing_shots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1366x800x24" $(BIN)/python scripts/transfer_shots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1366x800x24" $(BIN)/python scripts/camera_shots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1366x800x24" $(BIN)/python scripts/elsewhere_shots.py docs/screenshots
	SHOWROOM_SHOTS=$(CURDIR)/docs/screenshots QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/hq/console/test_browser.py tests/hq/console/test_parcels.py "tests/hq/console/test_transfers.py::test_the_transfers_page_with_short_samples_in_a_real_browser"

# Figures at the scale of a busy showroom after three years; writes BENCHMARKS.md (asserts nothing).
bench: sysdeps install translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run --out BENCHMARKS.md

# The same code at a small scale (make test runs it too, through tests/bench), so the benchmarks never rot.
bench-quick: install translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run --quick

# The folder a showroom PC unzips: dist/showroom/ (PyInstaller onedir, see build.spec).
bundle: install translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build.spec

clean:
	rm -rf $(VENV) build dist *.egg-info assets/translations/*.qm
