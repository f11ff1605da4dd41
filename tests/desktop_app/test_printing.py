"""Printing, preview and PDF: the real dialogs opened (closed by a timer), the briefing's page
count, and pages that never split a table row or leave a heading at the bottom."""

from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from database import reference
from database.paths import BUNDLED_DATABASE
from desktop_app import printing
from desktop_app.render.entity import summary_html
from desktop_app.render.html import PRINT_COLORS
from desktop_app.router import PageRouter, Printable, entity_sheet
from tests.conftest import MAIN, PYTHON, entity_id

NAMES = ("Kyrgyzstan", "NATO", "Partnership for Peace")
DOCUMENT = "000_c9c5b8a86b69c3ac.txt"


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def squash(text: str) -> str:
    return " ".join(text.split())


def printable_of(html: str, title: str = "Sheet", mode: str = "dossier") -> Printable:
    return Printable(
        title, "footer", "sheet", (mode,), (), lambda mode, tightness=0: html, lambda f, m: "", mode
    )


def write_sheet(name: str, mode: str, path: Path, database: Path = BUNDLED_DATABASE) -> tuple[int, object]:
    """The PDF the window and the command line write, and the sheet it was (first) made from."""
    connection = reference.open_database(database)
    entity = reference.find_entity(connection, name).id
    printable = (
        PageRouter(connection).page(f"entity:{entity}", PRINT_COLORS).printable.chosen(mode == "dossier")
    )
    pages = printing.write_pdf(printable, path, page_size="A4")
    return pages, entity_sheet(connection, entity, mode)


@pytest.mark.parametrize("name", NAMES)
def test_briefing_is_one_or_two_pages_with_cited_facts(name, tmp_path: Path, qapp):
    pages, sheet = write_sheet(name, "briefing", tmp_path / "briefing.pdf")
    texts = pdf_pages(tmp_path / "briefing.pdf")
    assert 1 <= pages == len(texts) <= 2
    whole = squash(" ".join(texts))
    assert sheet.entity.name in whole and "Key facts" in whole
    for row in sheet.timeline:
        assert row.date in whole
    for source in sheet.sources:
        assert squash(source.title) in whole
    cited = {sheet.number(step.citation) for row in sheet.facts for item in row.items for step in item.steps}
    assert {n for n in cited if n} <= {source.number for source in sheet.sources}
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in squash(text)


@pytest.mark.parametrize("name", NAMES)
def test_dossier_keeps_every_row_the_briefing_cuts(name, tmp_path: Path, qapp):
    briefing_pages, briefing = write_sheet(name, "briefing", tmp_path / "b.pdf")
    pages, dossier = write_sheet(name, "dossier", tmp_path / "d.pdf")
    assert pages >= briefing_pages
    assert len(dossier.timeline) >= len(briefing.timeline)
    assert len(dossier.sources) == dossier.summary.totals["sources"]


def _words(text: str, count: int, last: bool = False) -> str:
    words = re.findall(r"[A-Za-z]{3,}", text)
    return " ".join(words[-count:] if last else words[:count])


def test_no_timeline_row_splits_across_pdf_pages(tmp_path: Path, qapp):
    from dataclasses import replace

    connection = reference.open_database(BUNDLED_DATABASE)
    sheet = entity_sheet(connection, entity_id("Kyrgyzstan"), "dossier")
    sheet = replace(sheet, passages=(), description=None)
    html = summary_html(sheet, PRINT_COLORS, links=False, for_print=True)
    pages = printing.write_pdf(printable_of(html), tmp_path / "d.pdf", page_size="A5")
    assert pages >= 3
    texts = [" ".join(re.findall(r"[A-Za-z]{3,}", page)) for page in pdf_pages(tmp_path / "d.pdf")]
    # A sentence that dates several events is a row for each: its rows' heads and tails fall on the
    # same pages as often as it is listed.
    listed = Counter(row.text for row in sheet.timeline)
    checked = 0
    for row_text, times in listed.items():
        head, tail = _words(row_text, 5), _words(row_text, 5, last=True)
        heads = [i for i, text in enumerate(texts) if head in text]
        tails = [i for i, text in enumerate(texts) if tail in text]
        if len(heads) == len(tails) == 1 <= times and head != tail:
            assert heads == tails, row_text
            checked += 1
    assert checked >= len(listed) * 2 // 3


def test_plan_keeps_rows_whole_headers_repeated_and_headings_with_their_text(qapp):
    from PySide6.QtGui import QPageLayout, QPdfWriter, QTextCursor

    connection = reference.open_database(BUNDLED_DATABASE)
    sheet = entity_sheet(connection, entity_id("Kyrgyzstan"), "dossier")
    document = printing.print_document(summary_html(sheet, PRINT_COLORS, links=False, for_print=True), "x")
    writer = QPdfWriter(os.devnull)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(printing.default_page_size("A4"), QPageLayout.Orientation.Portrait, printing.MARGINS_MM)
    )
    document.documentLayout().setPaintDevice(writer)
    document.setTextWidth(writer.width())
    height = writer.height() * 0.8
    plan = printing.plan_pages(document, height)
    assert len(plan) >= 3
    assert any(page.header for page in plan[1:])
    for page in plan:
        used = page.bottom - page.top + (page.header[1] - page.header[0] if page.header else 0)
        assert used <= height + 1

    def page_of(y: float) -> int:
        return next(i for i, page in enumerate(plan) if page.top <= y < page.bottom)

    layout = document.documentLayout()
    block = document.begin()
    rows: dict[tuple[int, int], list[int]] = {}
    heading_page = None
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        table = QTextCursor(block).currentTable()
        if table is not None and block.text():
            rows.setdefault((table.firstPosition(), table.cellAt(block.position()).row()), []).extend(
                {page_of(rect.top() + 1), page_of(rect.bottom() - 1)}
            )
        if heading_page is not None and block.text().strip():
            assert page_of(rect.top() + 1) == heading_page, block.text()
            heading_page = None
        if block.blockFormat().headingLevel() and table is None:
            heading_page = page_of(rect.top() + 1)
        block = block.next()
    assert rows and all(len(set(pages)) == 1 for pages in rows.values())


def test_letter_page_size(tmp_path: Path, qapp):
    connection = reference.open_database(BUNDLED_DATABASE)
    sheet = entity_sheet(connection, entity_id("CSTO"), "briefing")
    html = summary_html(sheet, PRINT_COLORS, links=False, for_print=True)
    printing.write_pdf(printable_of(html), tmp_path / "letter.pdf", page_size="Letter")
    box = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_command_line_pdf_without_a_display(tmp_path: Path):
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "kg.pdf"
    result = subprocess.run(
        [PYTHON, str(MAIN), "summary", "Kyrgyzstan", "--format", "pdf", "-o", str(out), "--page-size", "A4"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    texts = pdf_pages(out)
    assert "Kyrgyzstan" in texts[0] and len(texts) <= 2


def test_pdf_needs_an_output_file():
    result = subprocess.run(
        [PYTHON, str(MAIN), "summary", "Kyrgyzstan", "--format", "pdf"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "-o FILE" in result.stderr


def type_file_name(dialog, path: Path) -> None:
    """Type a full path into a real QFileDialog's name field and press Save."""
    from PySide6.QtWidgets import QLineEdit

    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
    dialog.accept()


def close_dialog_later(qtbot, act, seen: list) -> None:
    """When the modal dialog is up, record it and let `act` close it (accept or reject)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(50, attempt)

    QTimer.singleShot(50, attempt)


@pytest.mark.parametrize("address", [f"entity:{entity_id('Kyrgyzstan')}", f"doc:{DOCUMENT}"])
def test_print_preview_opens_paints_and_closes(window, qtbot, monkeypatch, address):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    painted = []
    real = printing.paint_pages
    monkeypatch.setattr(printing, "paint_pages", lambda *a, **k: painted.append(real(*a, **k)) or painted[-1])
    window.open_address(address)
    seen: list = []
    close_dialog_later(qtbot, lambda dialog: dialog.reject(), seen)
    assert printing.preview_page(window)
    assert isinstance(seen[0], QPrintPreviewDialog)
    assert painted and painted[0] >= 1
    window.open_address("home:")
    assert window.current_title == "Central Asia Security Reference"


def test_print_dialog_prints_the_briefing_to_a_file(window, qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    window.open_address(f"entity:{entity_id('NATO')}")
    target = tmp_path / "printed.pdf"
    configured = printing._configured_printer

    def to_file():
        printer = configured()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(printing, "_configured_printer", to_file)
    seen: list = []
    close_dialog_later(qtbot, lambda dialog: dialog.accept(), seen)
    assert printing.print_page(window)
    assert isinstance(seen[0], QPrintDialog)
    texts = pdf_pages(target)
    assert 1 <= len(texts) <= 2 and "North Atlantic Treaty Organization" in squash(texts[0])
    seen.clear()
    close_dialog_later(qtbot, lambda dialog: dialog.reject(), seen)
    assert not printing.print_page(window)


def test_export_pdf_through_the_file_dialog(window, qtbot, tmp_path: Path):
    def choose(name: str):
        def act(dialog) -> None:
            assert isinstance(dialog, QFileDialog)
            suggested.append(dialog.selectedFiles()[0])
            type_file_name(dialog, tmp_path / name)

        return act

    suggested: list[str] = []
    seen: list = []
    assert printing.export_pdf(window) is None
    assert "Open an entity or a document" in window.statusBar().currentMessage()
    window.open_address(f"entity:{entity_id('CSTO')}")
    close_dialog_later(qtbot, choose("csto"), seen)
    path = printing.export_pdf(window)
    assert path == tmp_path / "csto.pdf" and path.exists()
    assert Path(suggested[-1]).name == "collective-security-treaty-organization-briefing.pdf"
    window.open_address(f"doc:{DOCUMENT}")
    close_dialog_later(qtbot, choose("doc.pdf"), seen)
    path = printing.export_pdf(window)
    assert "Relations with the Kyrgyz Republic" in squash(" ".join(pdf_pages(path)))
    close_dialog_later(qtbot, lambda dialog: dialog.reject(), seen)
    assert printing.export_pdf(window) is None


def test_export_html_and_markdown_from_the_window(window, qtbot, tmp_path: Path):
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    for fmt, name in (("html", "kg.html"), ("md", "kg.md")):
        seen: list = []

        def act(dialog, name=name) -> None:
            type_file_name(dialog, tmp_path / name)

        close_dialog_later(qtbot, act, seen)
        path = printing.export_file(window, fmt)
        text = path.read_text(encoding="utf-8")
        assert "Kyrgyzstan" in text and "[1]" in text


def test_full_dossier_switch_prints_everything(window, qtbot, tmp_path: Path):
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    assert window.printable().mode == "briefing"
    window.dossier_action.trigger()
    assert window.printable().mode == "dossier"
    seen: list = []

    def act(dialog) -> None:
        type_file_name(dialog, tmp_path / "full.pdf")

    close_dialog_later(qtbot, act, seen)
    path = printing.export_pdf(window)
    assert len(pdf_pages(path)) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_briefing_fits_two_pages_at_scale(name, tmp_path: Path, qapp, scaled_database):
    pages, _ = write_sheet(name, "briefing", tmp_path / "briefing.pdf", scaled_database)
    assert 1 <= pages <= 2


def test_a_briefing_that_does_not_fit_is_made_tighter(qapp):
    from PySide6.QtGui import QPdfWriter

    asked = []

    def render(mode: str, tightness: int = 0) -> str:
        asked.append(tightness)
        return "<p>line</p>" * (400 if tightness < 2 else 10)

    printable = Printable(
        "Long", "", "long", ("briefing", "dossier"), (), render, lambda f, m: "", "briefing"
    )
    writer = QPdfWriter(os.devnull)
    document = printing.document_for(printable, writer)
    assert asked == [0, 1, 2] and document.toPlainText().count("line") == 10
    asked.clear()
    printing.document_for(printable.chosen(True), writer)
    assert asked == [0]
