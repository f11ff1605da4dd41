"""`main.py self-test`: the real window off screen, one search, one summary; timings in ms."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def self_test(database_path: Path) -> dict:
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from database import reference
    from database.fulltext import search
    from desktop_app.app import configure_application
    from desktop_app.main_window import MainWindow
    from desktop_app.printing import write_pdf
    from desktop_app.render.html import PRINT_COLORS
    from desktop_app.router import PageRouter

    timings: dict[str, float] = {}

    def mark(name: str, since: float) -> float:
        now = time.perf_counter()
        timings[name] = round((now - since) * 1000, 1)
        return now

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    QStandardPaths.setTestModeEnabled(True)
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        point = mark("imports_ms", started)
        connection = reference.open_database(database_path)
        point = mark("open_database_ms", point)
        window = MainWindow(connection, database_path)
        window.show()
        app.processEvents()
        point = mark("window_shown_ms", point)
        results = search(connection, "kyrgyzstan")
        point = mark("search_ms", point)
        busiest = max(reference.entities(connection), key=lambda row: row.mentions, default=None)
        if busiest is None:
            raise reference.DatabaseError(f"self-test: no entities in {database_path}")
        window.open_address(f"entity:{busiest.id}")
        point = mark("entity_page_ms", point)
        page = PageRouter(connection).page(f"entity:{busiest.id}", PRINT_COLORS)
        if page is None or page.printable is None:
            raise reference.DatabaseError(f"self-test: no printable page for {busiest.name}")
        printable = page.printable
        pages = write_pdf(printable, Path(folder) / "summary.pdf")
        mark("summary_pdf_ms", point)
        window.close()
    timings["total_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return {
        "ok": bool(results.entities and results.passages and pages > 0),
        "entities_found": len(results.entities),
        "passages_found": len(results.passages),
        "summary_pages": pages,
        **timings,
    }
