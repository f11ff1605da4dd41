#!/usr/bin/env bash
# Packaging smoke test (`make smoke`): build the wheel, install it with its dependencies into a
# fresh virtual environment, and run every command from a folder outside the checkout, as a
# user who installed it would. Then break the installed database and rebuild it the way the
# window does: the rebuild must land in the user data folder, never in site-packages.
set -euo pipefail

checkout="$(cd "$(dirname "$0")/../.." && pwd)"
python="${PYTHON:-python3}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/casecref-smoke.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'smoke: FAILED: %s\n' "$*" >&2; exit 1; }

step "build the wheel"
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$scratch/dist" "$checkout"
wheel="$(ls "$scratch"/dist/casecref-*.whl)"
"$python" -m zipfile -l "$wheel" > "$scratch/wheel-contents"
for member in casecref_resources/reference.db casecref_resources/gazetteer.toml \
    casecref_resources/icons/app.svg casecref_resources/desktop/org.casecref.Reference.desktop \
    casecref_resources/desktop/org.casecref.Reference.metainfo.xml desktop_app/__main__.py; do
    grep -q "^$member " "$scratch/wheel-contents" || fail "$member is not in the wheel"
done
grep -q "dist-info/licenses/LICENSE " "$scratch/wheel-contents" || fail "LICENSE is not in the wheel"

step "install it into a fresh virtual environment"
"$python" -m venv "$scratch/venv"
"$scratch/venv/bin/python" -m pip install --quiet "$wheel"
bin="$scratch/venv/bin"
site="$("$bin/python" -c 'import casecref_resources, pathlib; print(pathlib.Path(casecref_resources.__file__).parent)')"
case "$site" in "$checkout"*) fail "the resources resolve into the checkout: $site" ;; esac

mkdir -p "$scratch/work"
cd "$scratch/work"
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export HOME="$scratch/home"

step "casecref --version"
[[ "$("$bin/casecref" --version)" == "casecref "* ]] || fail "--version"
[[ "$("$bin/python" -m desktop_app --version)" == "casecref "* ]] || fail "python -m desktop_app --version"

step "casecref search Manas --json"
"$bin/casecref" search Manas --json > search.json
"$bin/python" - <<'PY' || fail "search found nothing"
import json
results = json.load(open("search.json"))["results"]
assert any(hit["type"] == "passage" and "Manas" in hit["snippet"] for hit in results), results
PY

step "casecref summary Kyrgyzstan --format pdf -o x.pdf"
"$bin/casecref" summary Kyrgyzstan --format pdf -o x.pdf
[[ "$(head -c 5 x.pdf)" == "%PDF-" ]] || fail "x.pdf is not a PDF"

step "casecref build --db out.db"
"$bin/casecref" build --db out.db > build.log
[[ -s out.db ]] || fail "out.db was not written"
"$bin/casecref" --db out.db entities --kind country | grep -q Kyrgyzstan || fail "out.db has no Kyrgyzstan"

step "casecref self-test"
"$bin/casecref" self-test > self-test.json
"$bin/python" -c 'import json, sys; sys.exit(0 if json.load(open("self-test.json"))["ok"] else 1)' \
    || fail "self-test: $(cat self-test.json)"

step "casecref build (no --db) writes to the user data folder, not site-packages"
before="$(sha256sum "$site/reference.db")"
"$bin/casecref" build > build.log
[[ -s "$XDG_DATA_HOME/casecref/reference.db" ]] || fail "no rebuild in $XDG_DATA_HOME/casecref"
[[ "$(sha256sum "$site/reference.db")" == "$before" ]] || fail "the build wrote into site-packages"

step "a broken installed database: the window's rebuild and the commands' fallback"
rm "$XDG_DATA_HOME/casecref/reference.db"
printf 'not a database' > "$site/reference.db"
"$bin/python" - <<'PY' || fail "the window's rebuild"
from PySide6.QtWidgets import QApplication

from database.paths import BUNDLED_DATABASE, user_database_path
from desktop_app import app

qt = QApplication([])
app.ask_rebuild = lambda message: True  # The dialog's Rebuild button.
opened = app.open_or_rebuild(BUNDLED_DATABASE)
assert opened is not None and opened[1] == user_database_path(), opened
assert BUNDLED_DATABASE.read_bytes() == b"not a database"
PY
"$bin/casecref" search Manas --json > search.json || fail "search after the rebuild"
"$bin/casecref" self-test > /dev/null 2>&1 && fail "self-test passed on a broken bundled database"

printf '\nsmoke: the installed wheel ran every command and a rebuild\n'
