# make run / make test: each sets up .venv on a fresh machine, then acts.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
DESKTOP_ID := org.casecref.Reference
# Where `make install-desktop` puts the desktop entry, metainfo and icon (the XDG user data folder).
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
# The command the desktop entry runs: this checkout's; `make install-desktop CASECREF=casecref`
# for one on PATH (pipx).
CASECREF ?= $(abspath $(VENV))/bin/casecref

.PHONY: run test lint typecheck translations smoke bench quality build wheel install-desktop uninstall-desktop clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/python main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# The window's strings (the Qt layer: desktop_app/*.py; render/ and router.py are Qt-free) for
# translators. A translation is casecref_<language>.ts beside it, compiled with pyside6-lrelease
# into casecref_<language>.qm, which the window loads for the user's locale.
TRANSLATION_SOURCES := $(filter-out desktop_app/router.py,$(wildcard desktop_app/*.py))
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $(TRANSLATION_SOURCES) \
		-ts resources/translations/casecref_en.ts

# Build the wheel, install it into a fresh virtual environment and run every command from a
# folder outside the checkout.
smoke: $(STAMP)
	PYTHON=$(PYTHON) bash tests/packaging/smoke.sh

wheel: $(STAMP)
	$(VENV)/bin/pip wheel --quiet --no-deps --wheel-dir dist .

build: $(STAMP)
	$(VENV)/bin/python main.py build

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m benchmarks.bench

# Extraction quality against the gold lists: the ten documents, the bundled five, the twenty-four later sets.
quality: $(STAMP)
	$(VENV)/bin/python -m benchmarks.quality
	$(VENV)/bin/python -m benchmarks.quality --gold benchmarks/quality/bundled_gold --documents resources/documents
	for set in heldout blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind17 blind18 blind19 blind20 blind21 blind22 blind23 blind24; do \
		$(VENV)/bin/python -m benchmarks.quality --gold benchmarks/quality/$$set/gold --documents benchmarks/quality/$$set/documents || exit 1; \
	done

install-desktop: $(STAMP)
	install -D -m 644 resources/icons/app.svg $(DATA_HOME)/icons/hicolor/scalable/apps/$(DESKTOP_ID).svg
	install -D -m 644 resources/desktop/$(DESKTOP_ID).metainfo.xml $(DATA_HOME)/metainfo/$(DESKTOP_ID).metainfo.xml
	mkdir -p $(DATA_HOME)/applications
	sed -e 's|^Exec=casecref$$|Exec="$(CASECREF)"|' -e 's|^TryExec=casecref$$|TryExec=$(CASECREF)|' \
		resources/desktop/$(DESKTOP_ID).desktop > $(DATA_HOME)/applications/$(DESKTOP_ID).desktop
	-update-desktop-database --quiet $(DATA_HOME)/applications 2>/dev/null
	-gtk-update-icon-cache --quiet --ignore-theme-index $(DATA_HOME)/icons/hicolor 2>/dev/null
	@echo "installed $(DESKTOP_ID) into $(DATA_HOME), running $(CASECREF)"

uninstall-desktop:
	rm -f $(DATA_HOME)/applications/$(DESKTOP_ID).desktop $(DATA_HOME)/metainfo/$(DESKTOP_ID).metainfo.xml \
		$(DATA_HOME)/icons/hicolor/scalable/apps/$(DESKTOP_ID).svg
	-update-desktop-database --quiet $(DATA_HOME)/applications 2>/dev/null

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache
