"""Benchmarks, each against a floor measured in the same run on the same machine.

    python -m benchmarks.bench [--docs N] [--json]      (make bench)

The product never imports this package; it imports the product.

- build: MB/s of the app's build vs a raw SQLite insert of the same text plus an FTS5 rebuild,
  at 1x (the bundled corpus), 10x and N documents;
- search: p50/p95 of `database.search.search` (entity suggestions and passages) vs the raw
  FTS5 floor for the same two answers (`entities_fts MATCH … LIMIT 8`, and `sections_fts MATCH …
  ORDER BY bm25 LIMIT 20` with `snippet()`), on the bundled and the large database;
- start-up: process start to the window shown with the tree filled and the start page
  rendered, vs a bare PySide6 QMainWindow shown, both in fresh interpreters (median of 5);
- typing: keystroke-to-results in the real search bar on the large database, and the longest
  time the event loop was blocked while typing;
- memory: peak RSS of the window with the large database open vs the bare window.
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
from database.build import FTS_TOKENIZE, build_database, collect_paths
from database.search import search

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
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM")).split()[1]
print("shown", peak, flush=True)
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
app.processEvents()
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM")).split()[1]
print("shown", peak, flush=True)
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


def bench_build(folder: Path, counts: list[int], work: Path) -> list[dict]:
    rows = []
    for count in counts:
        paths = collect_paths([folder])[:count]
        megabytes = sum(path.stat().st_size for path in paths) / 1e6
        started = time.perf_counter()
        build_database(paths, work / f"app-{count}.db")
        app_seconds = time.perf_counter() - started
        raw_seconds = _raw_load(paths, work / f"raw-{count}.db")
        rows.append(
            {
                "documents": count,
                "megabytes": round(megabytes, 2),
                "app_mb_s": round(megabytes / app_seconds, 2),
                "raw_mb_s": round(megabytes / raw_seconds, 2),
                "ratio": round(raw_seconds / app_seconds, 3),
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
                "SELECT s.path, d.title, snippet(sections_fts, 1, '[', ']', '…', 24) FROM sections_fts "
                "JOIN sections s ON s.id = sections_fts.rowid JOIN documents d ON d.id = s.document_id "
                "WHERE sections_fts MATCH ? ORDER BY bm25(sections_fts) LIMIT 20",
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


def _time_child(script: str, *args: str) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    line = process.stdout.readline().split()
    elapsed = time.perf_counter() - started
    process.wait()
    return elapsed, int(line[1]) if len(line) > 1 else 0


def bench_startup(database: Path, runs: int = 5) -> dict:
    bare = [_time_child(_BARE_WINDOW) for _ in range(runs)]
    app = [_time_child(_APP_WINDOW, str(database)) for _ in range(runs)]
    bare_ms, app_ms = (
        statistics.median(t for t, _ in bare) * 1000,
        statistics.median(t for t, _ in app) * 1000,
    )
    return {
        "bare_window_ms": round(bare_ms),
        "app_window_ms": round(app_ms),
        "ratio": round(app_ms / bare_ms, 2),
        "bare_peak_rss_mb": round(max(m for _, m in bare) / 1024, 1),
        "app_peak_rss_mb": round(max(m for _, m in app) / 1024, 1),
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
    window.search_controller.results_ready.connect(lambda results: arrived.append(time.perf_counter()))
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
        "debounce_ms": 100,
        "longest_event_loop_block_ms": round(max(gaps), 1),
    }


def run_benchmarks(docs: int = 300, as_json: bool = False) -> int:
    from database.paths import BUNDLED_DATABASE

    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        corpus = work / "corpus"
        generate(corpus, docs)
        counts = sorted({5, min(50, docs), docs})
        results: dict = {
            "machine": f"{platform.platform()} · {os.cpu_count()} cores · Python {platform.python_version()}",
            "documents": docs,
            "build": bench_build(corpus, counts, work),
        }
        large = work / f"app-{docs}.db"
        results["search_1x"] = bench_search(BUNDLED_DATABASE)
        results["search_scale"] = bench_search(large)
        results["startup_1x"] = bench_startup(BUNDLED_DATABASE)
        results["startup_scale"] = bench_startup(large)
        results["typing_scale"] = bench_typing(large)
    if as_json:
        print(json.dumps(results, indent=2))
        return 0
    print(results["machine"])
    for row in results["build"]:
        print(
            f"build {row['documents']:>5} docs {row['megabytes']:>6} MB: app {row['app_mb_s']} MB/s, "
            f"raw {row['raw_mb_s']} MB/s, ratio {row['ratio']}"
        )
    for key in ("search_1x", "search_scale", "startup_1x", "startup_scale", "typing_scale"):
        print(f"{key}: " + ", ".join(f"{name} {value}" for name, value in results[key].items()))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="documents in the generated corpus (>= 5)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.docs < 5:
        parser.error("--docs must be at least 5")
    return run_benchmarks(docs=args.docs, as_json=args.json)


if __name__ == "__main__":
    sys.exit(main())
