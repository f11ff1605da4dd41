"""Benchmarks, each against a floor measured in the same run on the same machine.

    python -m benchmarks.bench [--docs N] [--json]      (make bench)

The product never imports this package; it imports the product.

- build: MB/s of the app's build vs a raw SQLite insert of the same text plus an FTS5 rebuild,
  at 1x (the bundled corpus), 10x and N documents; the build's peak memory (its own process and
  its largest worker) and its database's size against the raw one's;
- search: p50/p95 of `database.fulltext.search` (entity suggestions and passages) vs the raw
  FTS5 floor for the same two answers (`entities_fts MATCH … LIMIT 8`, and `passages_fts MATCH …
  ORDER BY bm25 LIMIT 20` with `snippet()`), on the bundled and the large database;
- start-up: process start to the window shown with the tree filled and the start page
  painted, vs a bare PySide6 QMainWindow shown, both in fresh interpreters (median of 5); and
  to "ready", when what start-up leaves until after the first paint (the panels, the library's
  menus) is done;
- command line: `main.py search QUERY --json` vs a bare `python -c "import sqlite3"` process;
- entity page: the most-mentioned entity clicked in the tree until its page is painted, vs a
  bare QTextBrowser painting the same HTML in the same process; resident memory after it vs
  after start-up;
- typing: keystroke-to-results in the real search bar on the large database, and the longest
  time the event loop was blocked while typing;
- memory: peak RSS of the window with the large database open vs the bare window.

Start-up and the command line also report processor time (user + system, each process from
its own start): on a machine shared with other work, wall-clock ratios swing with the load,
the processor time a process needs much less. Their child processes run as an installed program
does, with compiled bytecode (a warm-up run writes it to a cache of the benchmark's own,
`PYTHONPYCACHEPREFIX`, even where the environment says PYTHONDONTWRITEBYTECODE), so no run is
charged for compiling the product's sources.

`--database PATH` measures a large database built beforehand (its build is not timed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate
from database import reference
from database.build import FTS_TOKENIZE, collect_paths
from database.fulltext import search

QUERIES = [
    "kyrgyzstan",
    "nato partnership",
    "csto",
    "peace*",
    '"partnership for peace"',
    "border security",
    "russia",
    "secur",
    "tajik",
    "osce",
    "kirg",
    "eurasian economic",
    "afghanistan transit",
    "milestones",
]
ROOT = Path(__file__).resolve().parent.parent
_BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
import time
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM")).split()[1]
print("shown", peak, time.process_time(), flush=True)
window.close()
"""
_APP_WINDOW = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from database import reference
from desktop_app.app import configure_application
from desktop_app.main_window import MainWindow
app = QApplication([])
configure_application(app)
QStandardPaths.setTestModeEnabled(True)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
path = Path(sys.argv[1])
window = MainWindow(reference.open_database(path), path)
window.show()
while not window.browser.painted:
    app.processEvents()
import time
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM")).split()[1]
print("shown", peak, time.process_time(), flush=True)
while not window.is_ready:
    app.processEvents()
print("ready", flush=True)
window.close()
"""


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _raw_load(paths: list[Path], out: Path) -> float:
    """The floor for building: insert the same text and rebuild an FTS5 index over it."""
    started = time.perf_counter()
    connection = sqlite3.connect(out)
    connection.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, text TEXT)")
    connection.executemany(
        "INSERT INTO docs (text) VALUES (?)",
        ((path.read_text(encoding="utf-8", errors="replace"),) for path in paths),
    )
    connection.execute(
        f"CREATE VIRTUAL TABLE docs_fts USING fts5(text, content='docs', tokenize='{FTS_TOKENIZE}')"
    )
    connection.execute("INSERT INTO docs_fts (docs_fts) VALUES ('rebuild')")
    connection.commit()
    connection.close()
    return time.perf_counter() - started


_BUILD = """
import json, resource, sys, time
from pathlib import Path
from database.build import build_database, collect_paths
paths = collect_paths([Path(sys.argv[1])])[: int(sys.argv[3])]
started = time.perf_counter()
build_database(paths, Path(sys.argv[2]))
seconds = time.perf_counter() - started
peak = int(next(line for line in open("/proc/self/status") if line.startswith("VmHWM")).split()[1])
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kb": peak, "worker_peak_kb": workers}))
"""


def bench_build(folder: Path, counts: list[int], work: Path) -> list[dict]:
    """The build in a fresh process (so its peak memory is its own) against the raw floor;
    database size against the floor's."""
    rows = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for count in counts:
        paths = collect_paths([folder])[:count]
        megabytes = sum(path.stat().st_size for path in paths) / 1e6
        app = work / f"app-{count}.db"
        output = subprocess.run(
            [sys.executable, "-c", _BUILD, str(folder), str(app), str(count)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        built = json.loads(output.stdout.strip().splitlines()[-1])
        raw = work / f"raw-{count}.db"
        raw_seconds = _raw_load(paths, raw)
        rows.append(
            {
                "documents": count,
                "megabytes": round(megabytes, 2),
                "app_mb_s": round(megabytes / built["seconds"], 2),
                "raw_mb_s": round(megabytes / raw_seconds, 2),
                "ratio": round(raw_seconds / built["seconds"], 3),
                "peak_mb": round(built["peak_kb"] / 1024),
                "worker_peak_mb": round(built["worker_peak_kb"] / 1024),
                "size_ratio": round(app.stat().st_size / raw.stat().st_size, 2),
            }
        )
    return rows


def bench_search(database: Path, repeat: int = 5) -> dict:
    connection = reference.open_database(database)
    app, raw = [], []
    for _ in range(repeat):
        for query in QUERIES:
            started = time.perf_counter()
            search(connection, query, limit=20)
            app.append(time.perf_counter() - started)
            fts = " ".join(f'"{word}"' for word in query.replace('"', " ").replace("*", " ").split())
            started = time.perf_counter()
            connection.execute(
                "SELECT rowid FROM entities_fts WHERE entities_fts MATCH ? "
                "ORDER BY bm25(entities_fts) LIMIT 8",
                (fts + "*",),
            ).fetchall()
            connection.execute(
                "SELECT p.path, d.title, snippet(passages_fts, 1, '[', ']', '…', 24) FROM passages_fts "
                "JOIN passages p ON p.id = passages_fts.rowid JOIN documents d ON d.id = p.document_id "
                "WHERE passages_fts MATCH ? ORDER BY bm25(passages_fts) LIMIT 20",
                (fts,),
            ).fetchall()
            raw.append(time.perf_counter() - started)
    p50, raw_p50 = statistics.median(app), statistics.median(raw)
    return {
        "app_p50_ms": round(p50 * 1000, 2),
        "app_p95_ms": round(_percentile(app, 0.95) * 1000, 2),
        "raw_p50_ms": round(raw_p50 * 1000, 2),
        "raw_p95_ms": round(_percentile(raw, 0.95) * 1000, 2),
        "ratio_p50": round(p50 / raw_p50, 2),
    }


_BYTECODE_CACHE = Path(tempfile.gettempdir()) / f"casecref-bench-pycache-{os.getuid()}"


def _child_env() -> dict[str, str]:
    """The environment of a measured process: compiled bytecode read from (and on a warm-up run
    written to) a cache of the benchmark's own, whatever PYTHONDONTWRITEBYTECODE says."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "PYTHONPYCACHEPREFIX": str(_BYTECODE_CACHE),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_child(script: str, *args: str) -> tuple[float, int, float, float]:
    """Seconds to the child's first line, its peak memory (kB), seconds to its second line, and
    the processor time it had used by its first line (user and system, from its own start)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=_child_env(), cwd=ROOT
    )
    line = process.stdout.readline().split()
    elapsed = time.perf_counter() - started
    second = process.stdout.readline()
    finished = time.perf_counter() - started if second else elapsed
    process.wait()
    return elapsed, int(line[1]) if len(line) > 1 else 0, finished, float(line[2]) if len(line) > 2 else 0.0


def bench_startup(database: Path, runs: int = 5) -> dict:
    _time_child(_BARE_WINDOW), _time_child(_APP_WINDOW, str(database))  # Warm-up: bytecode.
    bare, app = [], []
    for _ in range(runs):  # Interleaved, so a change in the machine's load falls on both.
        bare.append(_time_child(_BARE_WINDOW))
        app.append(_time_child(_APP_WINDOW, str(database)))
    bare_ms, app_ms, ready_ms = (
        statistics.median(run[0] for run in bare) * 1000,
        statistics.median(run[0] for run in app) * 1000,
        statistics.median(run[2] for run in app) * 1000,
    )
    bare_cpu, app_cpu = statistics.median(run[3] for run in bare), statistics.median(run[3] for run in app)
    return {
        "bare_window_ms": round(bare_ms),
        "app_window_ms": round(app_ms),
        "ratio": round(app_ms / bare_ms, 2),
        "app_ready_ms": round(ready_ms),
        "bare_cpu_ms": round(bare_cpu * 1000),
        "app_cpu_ms": round(app_cpu * 1000),
        "cpu_ratio": round(app_cpu / bare_cpu, 2),
        "bare_peak_rss_mb": round(max(run[1] for run in bare) / 1024, 1),
        "app_peak_rss_mb": round(max(run[1] for run in app) / 1024, 1),
    }


_APP_PAGE = """
import json, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QTextBrowser
from database import reference
from desktop_app.app import configure_application
from desktop_app.main_window import MainWindow

def resident_kb():
    return int(next(line for line in open("/proc/self/status") if line.startswith("VmRSS")).split()[1])

app = QApplication([])
configure_application(app)
QStandardPaths.setTestModeEnabled(True)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
path = Path(sys.argv[1])
window = MainWindow(reference.open_database(path), path)
window.resize(1280, 800)
window.show()
app.processEvents()
started_kb = resident_kb()
target = max(reference.entities(window.connection), key=lambda row: row.mentions)
index = window.tree_proxy.mapFromSource(window.tree_model.find_entity(target.id))
started = time.perf_counter()
window.tree_view.setCurrentIndex(index)
window.browser.viewport().repaint()
page_ms = (time.perf_counter() - started) * 1000
app.processEvents()
opened_kb = resident_kb()
bare = QTextBrowser()
bare.resize(window.browser.size())
bare.show()
app.processEvents()
started = time.perf_counter()
bare.setHtml(window.page.html)
bare.viewport().repaint()
floor_ms = (time.perf_counter() - started) * 1000
print(json.dumps({"entity": target.name, "mentions": target.mentions, "page_ms": page_ms,
                  "floor_ms": floor_ms, "started_kb": started_kb, "opened_kb": opened_kb}), flush=True)
"""


def bench_entity_page(database: Path, runs: int = 3) -> dict:
    """Click to painted for the most-mentioned entity, and memory after, in fresh processes."""
    env = _child_env()
    found = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", _APP_PAGE, str(database)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        found.append(json.loads(output.stdout.strip().splitlines()[-1]))
    page = statistics.median(run["page_ms"] for run in found)
    floor = statistics.median(run["floor_ms"] for run in found)
    started = statistics.median(run["started_kb"] for run in found) / 1024
    opened = statistics.median(run["opened_kb"] for run in found) / 1024
    return {
        "entity": found[0]["entity"],
        "mentions": found[0]["mentions"],
        "click_to_painted_ms": round(page, 1),
        "bare_browser_paint_ms": round(floor, 1),
        "ratio": round(page / floor, 2),
        "rss_started_mb": round(started, 1),
        "rss_after_page_mb": round(opened, 1),
        "rss_ratio": round(opened / started, 2),
    }


def _time_process(arguments: list[str]) -> tuple[float, float]:
    """Seconds from start to exit, and the processor time (user and system) the process used."""
    started = time.perf_counter()
    process = subprocess.Popen(
        arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_child_env(), cwd=ROOT
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, arguments)
    return elapsed, usage.ru_utime + usage.ru_stime


def bench_cli(database: Path, runs: int = 7) -> dict:
    """`search --json` as another tool calls it, vs the cheapest Python process that opens SQLite."""
    floor = [sys.executable, "-c", "import sqlite3"]
    command = [sys.executable, str(ROOT / "main.py"), "search", "kyrgyzstan", "--json", "--db", str(database)]
    _time_process(floor), _time_process(command)  # Warm-up: bytecode.
    bare, app = [], []
    for _ in range(runs):
        bare.append(_time_process(floor))
        app.append(_time_process(command))
    bare_ms, app_ms = (statistics.median(t for t, _ in runs) * 1000 for runs in (bare, app))
    bare_cpu, app_cpu = (statistics.median(cpu for _, cpu in runs) * 1000 for runs in (bare, app))
    return {
        "search_json_ms": round(app_ms),
        "bare_python_sqlite_ms": round(bare_ms),
        "ratio": round(app_ms / bare_ms, 2),
        "search_json_cpu_ms": round(app_cpu),
        "bare_cpu_ms": round(bare_cpu),
        "cpu_ratio": round(app_cpu / bare_cpu, 2),
    }


def bench_typing(database: Path, text: str = "kyrgyzstan border") -> dict:
    """Type into the real search bar; measure keystroke-to-results and event-loop stalls."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QSettings, QStandardPaths, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import configure_application
    from desktop_app.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    window = MainWindow(reference.open_database(database), database)
    window.show()
    app.processEvents()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    ticker = QTimer(interval=2)
    ticker.timeout.connect(tick)
    ticker.start()
    latencies = []
    arrived = []
    window.search_panel.controller.results_ready.connect(lambda results: arrived.append(time.perf_counter()))
    window.search_edit.setFocus()
    for _ in range(3):
        window.search_edit.clear()
        for char in text:
            QTest.keyClicks(window.search_edit, char)
            pressed = time.perf_counter()
            arrived.clear()
            deadline = pressed + 2
            while not arrived and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
            latencies.append((arrived[0] if arrived else deadline) - pressed)
    ticker.stop()
    window.close()
    return {
        "keystroke_to_results_p50_ms": round(statistics.median(latencies) * 1000, 1),
        "keystroke_to_results_p95_ms": round(_percentile(latencies, 0.95) * 1000, 1),
        "longest_event_loop_block_ms": round(max(gaps), 1),
    }


def run_benchmarks(docs: int = 300, as_json: bool = False, database: Path | None = None) -> int:
    from database.paths import BUNDLED_DATABASE

    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        results: dict = {
            "machine": f"{platform.platform()} · {os.cpu_count()} cores · Python {platform.python_version()}",
        }
        if database is None:
            corpus = work / "corpus"
            generate(corpus, docs)
            counts = sorted({5, min(50, docs), docs})
            results["documents"] = docs
            results["build"] = bench_build(corpus, counts, work)
            large = work / f"app-{docs}.db"
        else:
            large = database
            results["documents"] = reference.documents(reference.open_database(large), 0).total
            results["build"] = []
        results["search_1x"] = bench_search(BUNDLED_DATABASE)
        results["search_scale"] = bench_search(large)
        results["startup_1x"] = bench_startup(BUNDLED_DATABASE)
        results["startup_scale"] = bench_startup(large)
        results["cli_1x"] = bench_cli(BUNDLED_DATABASE)
        results["cli_scale"] = bench_cli(large)
        results["entity_page_1x"] = bench_entity_page(BUNDLED_DATABASE)
        results["entity_page_scale"] = bench_entity_page(large)
        results["typing_scale"] = bench_typing(large)
    if as_json:
        print(json.dumps(results, indent=2))
        return 0
    print(results["machine"])
    for row in results["build"]:
        print(
            f"build {row['documents']:>5} docs {row['megabytes']:>6} MB: app {row['app_mb_s']} MB/s, "
            f"raw {row['raw_mb_s']} MB/s, ratio {row['ratio']}, peak {row['peak_mb']} MB "
            f"(workers {row['worker_peak_mb']} MB), size {row['size_ratio']}x the raw database"
        )
    for key in (
        "search_1x",
        "search_scale",
        "startup_1x",
        "startup_scale",
        "cli_1x",
        "cli_scale",
        "entity_page_1x",
        "entity_page_scale",
        "typing_scale",
    ):
        print(f"{key}: " + ", ".join(f"{name} {value}" for name, value in results[key].items()))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="documents in the generated corpus (>= 5)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--database", type=Path, help="a large database built beforehand (its build is not timed)"
    )
    parser.add_argument(
        "--only",
        nargs="*",
        help="run only these measurements (startup, cli, entity_page, search, typing; or build alone)",
    )
    args = parser.parse_args(argv)
    if args.docs < 5:
        parser.error("--docs must be at least 5")
    if args.only == ["build"]:
        with tempfile.TemporaryDirectory() as temporary:
            corpus = Path(temporary) / "corpus"
            generate(corpus, args.docs)
            print(json.dumps(bench_build(corpus, [args.docs], Path(temporary)), indent=2))
        return 0
    if args.only:
        return run_some(args.only, args.database)
    return run_benchmarks(docs=args.docs, as_json=args.json, database=args.database)


def run_some(names: list[str], database: Path | None) -> int:
    """A few measurements at 1x (and on `database` when given), printed as JSON."""
    from database.paths import BUNDLED_DATABASE

    known = {
        "startup": bench_startup,
        "cli": bench_cli,
        "entity_page": bench_entity_page,
        "search": bench_search,
        "typing": bench_typing,
    }
    results = {}
    for name in names:
        for size, path in (("1x", BUNDLED_DATABASE), ("scale", database)):
            if path is not None:
                results[f"{name}_{size}"] = known[name](path)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
